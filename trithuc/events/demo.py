def events_demo_setup() -> int:
    return 0
