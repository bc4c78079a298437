"""The design tokens (static/css/tokens.css): every colour pair the pages use meets its WCAG level."""

import pytest

from portal import design_tokens


def test_every_named_colour_pair_meets_its_contrast_level():
    found = design_tokens.pairs()
    assert len(found) >= 20
    failing = [f"{p.foreground} on {p.background}: {p.ratio} < {p.required}" for p in found if not p.passes]
    assert failing == []


def test_body_text_pairs_reach_aaa():
    levels = {(p.foreground, p.background): p.level for p in design_tokens.pairs()}
    assert levels[("--c-text", "--c-bg")] == "AAA"
    assert levels[("--c-muted", "--c-bg")] == "AAA"


def test_a_pair_below_its_level_fails_and_aliases_resolve():
    text = ":root { --a: #777777; --b: #ffffff; --c: var(--b); }\n pair: --a on --c AAA\n"
    (pair,) = design_tokens.pairs(text)
    assert pair.background_value == "#ffffff"
    assert pair.ratio == pytest.approx(4.48, abs=0.01)
    assert not pair.passes


def test_a_pair_of_unknown_tokens_is_an_error():
    with pytest.raises(ValueError):
        design_tokens.pairs(":root { --a: #000000; }\n pair: --a on --missing AA\n")
