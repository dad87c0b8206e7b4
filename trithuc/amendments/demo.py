def amendments_demo_setup() -> int:
    return 0
