def reviews_demo_setup() -> int:
    return 0
