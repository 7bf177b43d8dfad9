"""The models reject impossible values, and the schema is generated from them."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from reviewparse.models import AiringPeriod, Rating, Runtime, Work, record_json_schema


def test_negative_episodes_rejected() -> None:
    with pytest.raises(ValidationError):
        Work(title="X", episodes=-1)


def test_end_before_start_rejected() -> None:
    with pytest.raises(ValidationError):
        AiringPeriod(start="2020-08-09", end="2020-06-20")


def test_month_precision_range_accepted() -> None:
    assert AiringPeriod(start="2020-06", end="2020-06-30").end == "2020-06-30"


def test_runtime_over_a_day_rejected() -> None:
    with pytest.raises(ValidationError):
        Runtime(min_minutes=60, max_minutes=1500)


def test_rating_above_scale_rejected() -> None:
    with pytest.raises(ValidationError):
        Rating(value=11, scale=10)


def test_bad_date_rejected() -> None:
    with pytest.raises(ValidationError):
        AiringPeriod(start="2020-13-01")


def test_schema_names_contract_fields() -> None:
    schema = record_json_schema()
    assert {"schema_version", "source", "review", "works", "evidence", "warnings"} <= set(
        schema["properties"]  # type: ignore[call-overload]
    )
