from trithuc.documents.services import number_take


def test_each_symbol_counts_on_its_own_and_restarts_each_year(db):
    assert [number_take(year=2026, symbol="BC-SKHCN") for _ in range(2)] == [1, 2]
    assert number_take(year=2026, symbol="BC-LHH") == 1
    assert number_take(year=2027, symbol="BC-SKHCN") == 1
    assert number_take(year=2026, symbol="BC-SKHCN") == 3
