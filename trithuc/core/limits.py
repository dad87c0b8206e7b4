"""The limits every input shares, pages and API alike: a form field and the API schema of the same input
read them from here, so the API cannot accept what the page refuses (a test compares them)."""

import datetime as dt

# Years and dates of work records (plans, reports, events, deadlines): a typo such as 0001-01-01 or 20026 is
# refused rather than stored and sorted first or last forever.
YEAR_MIN = 1990
YEAR_MAX = 2099
DATE_MIN = dt.date(YEAR_MIN, 1, 1)
DATE_MAX = dt.date(YEAR_MAX, 12, 31)

# Lengths of free text.
RESULT_MAX = 10_000  # a progress result, a report's task result
ANSWER_MAX = 8_000  # an answer to a recommendation
REASON_MAX = 4_000  # a reason to return a report; a recommendation's text
LONG_TEXT_MAX = 20_000  # any other long text (assessments, reasons of a proposal, minutes)
SHORT_TEXT_MAX = 255
CODE_MAX = 64

YEAR_MESSAGE = f"Năm phải trong khoảng {YEAR_MIN}–{YEAR_MAX}."
DATE_MESSAGE = f"Ngày phải trong khoảng 01/01/{YEAR_MIN} – 31/12/{YEAR_MAX}."
