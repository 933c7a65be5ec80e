"""What a rise or a fall in a clause moves: a share price ("shares jump 18%"), a price
or a pay rate ("drivers win a 6% pay rise", 運賃7%値上げ), or a figure raised to a new
value ("raises the budget to 610 million"). Words are data (``[markers]``
``market_words``, ``price_words``, ``raised_to``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.match.finding.index import Hit
from tracker.match.finding.lexicon import Lexicon
from tracker.match.reading.sentence_context import SentenceContext
from tracker.match.targets.amounts import opens_with_amount
from tracker.match.text.normalize import fold

PRICE_OBJECT_REACH = 3  # tokens from a verb to the price it sets ("set the new fares")
PRICE_REACH = 4  # tokens from a rise or a figure to its price ("augmente de 6 % ses tarifs")
FIGURE_PRICE_REACH = 2  # tokens after a figure to its price ("6% pay rise", "6 % ses tarifs")


def market_move(ctx: SentenceContext, text: str) -> bool:
    """A share price in the clause ``text`` ("shares jumped 27% to €69", 株価が上昇)."""
    return _names(ctx, ctx.index.lexicon.market_words.get(ctx.view.language, ()), text)


def price_move(ctx: SentenceContext, first: int, last: int, after: int = PRICE_REACH) -> bool:
    """A price or a pay rate moved by tokens ``first``–``last`` (a rise, a share): a
    price word within ``PRICE_REACH`` tokens in their clause ("a 6% pay rise", "fares
    to rise 8%", 賃金5%引き上げ; not "trips up 21% in the first quarter of free fares"),
    or ``after`` tokens after them, when no group of the claim names one: no news of
    the claim."""
    return not ctx.reading.names_price and names_a_price_near(ctx, first, last, after)


def names_a_price_near(ctx: SentenceContext, first: int, last: int,
                       after: int = PRICE_REACH) -> bool:
    """A price word within ``PRICE_REACH`` tokens before tokens ``first``–``last``, or
    ``after`` tokens after them, in their clause."""
    view = ctx.view
    clause = view.clause_of(first)
    near = [t.raw for i, t in enumerate(view.tokens[max(0, first - PRICE_REACH):
                                                     last + after + 1],
                                        max(0, first - PRICE_REACH))
            if view.clause_of(i) == clause]
    return any(_a_price_word(ctx, raw) for raw in near)


def _a_price_word(ctx: SentenceContext, raw: str) -> bool:
    """A token that is a price word (in Japanese, that holds one: 運賃改定)."""
    listed = ctx.index.lexicon.price_words.get(ctx.view.language, ())
    if ctx.view.language == "ja":
        return any(w in raw for w in listed)
    return raw in listed


def names_price(lexicon: Lexicon, terms: Iterable[str]) -> bool:
    """One of a claim's group ``terms`` names a price or a pay rate, in any language
    ("fares", 運賃): read once per claim (``ClaimReading.names_price``)."""
    text = fold(" | ".join(terms))
    return any(w in text if language == "ja" else re.search(rf"\b{re.escape(w)}\b", text)
               for language, listed in lexicon.price_words.items() for w in listed)


def raised_to_value(ctx: SentenceContext, text: str) -> bool:
    """"raises the budget to 610 million", 出力を120メガワットに引き上げ: a new value."""
    words = ctx.index.lexicon.raised_to.get(ctx.view.language, ())
    if ctx.view.language == "ja":
        return any(re.search(rf"\d[^\d\s、。]{{0,6}}{re.escape(w)}", text) for w in words)
    # "raises the fund to EUR 5.5 million": a currency may come first
    return any(opens_with_amount(text[m.end():])
               for w in words for m in re.finditer(rf"\b{re.escape(w)} ", text))


def _names(ctx: SentenceContext, words: tuple[str, ...], text: str) -> bool:
    if ctx.view.language == "ja":
        return any(w in text for w in words)
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def price_after(ctx: SentenceContext, cue: Hit) -> bool:
    """A price word in a gapped cue or within ``PRICE_OBJECT_REACH`` tokens after the
    cue, in its clause: the cue's object ("set fares", « arrête jeudi les tarifs »)."""
    view = ctx.view
    clause = view.clause_of(cue.first_token)
    determiners = ctx.index.lexicon.determiners.get(view.language, ())
    if view.raw_before(cue.first_token) in determiners:
        return False  # "a fixed fee": after a determiner, the word describes the noun
    end = min(len(view.tokens), cue.last_token + 1 + PRICE_OBJECT_REACH)
    after = range(cue.first_token + 1, end)
    return any(view.clause_of(i) == clause and _a_price_word(ctx, view.tokens[i].raw)
               for i in after)
