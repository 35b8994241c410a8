"""Lesson 1: an article as data — text, sentences, tokens, character offsets."""

from __future__ import annotations

from ..answers import Count, Function, Offsets
from ..registry import Lesson

L1 = Lesson(
    "L1", "An article as data", "L1_article_as_data.ipynb", minutes=45,
    goals=("read an article into Python as one string and index it by character offsets",
           "split it into sentences and tokens with the package and read their spans",
           "explain why an offset, not a copy of the words, is the evidence for every result",
           "tell characters from bytes in UTF-8 text with curly quotes and accents"),
    parameters={"article": "seed"}, other={"article": "andes_crossing"},
)


@L1.exercise("q1", Count(), hints=(
    "The lesson's analysis already holds the sentences: look at lesson.analysis.sentences.",
    "len(...) of that tuple is the number of sentences.",
))
def n_sentences(data):
    return len(data.analysis.sentences)


@L1.exercise("q2", Offsets(), hints=(
    "The headline is the first line: it starts at offset 0 and ends where the first newline is.",
    "text.index('\\n') gives the offset of the first newline; the end offset excludes it.",
))
def headline_span(data):
    return data.text, (0, data.text.index("\n"))


@L1.exercise("q3", Count(), hints=(
    "Tokens come from summit_nlp.extract.segment.tokens(text, start, end).",
    "Take the second sentence, s = lesson.analysis.sentences[1], and count tokens(text, s.start, s.end).",
))
def n_tokens_second_sentence(data):
    from ...extract.segment import tokens

    second = data.analysis.sentences[1]
    return len(tokens(data.text, second.start, second.end))


@L1.exercise("q4", Count(), hints=(
    "len(text) counts characters; text.encode('utf-8') gives the bytes.",
    "Subtract: len(text.encode('utf-8')) - len(text).",
))
def extra_bytes(data):
    return len(data.text.encode("utf-8")) - len(data.text)


@L1.exercise("q5", Function(result=Count(direction=False)), hints=(
    "Loop over the sentences with enumerate(sentences) and test s.start <= offset < s.end.",
    "Return the index i of the first sentence that contains the offset (end offsets are exclusive).",
))
def sentence_index_cases(data):
    sentences = data.analysis.sentences
    offsets = [s.start for s in sentences[1:4]] + [sentences[2].end - 1] + \
              [q.span.start for q in data.analysis.quotes[:3]]
    cases = []
    for offset in offsets:
        index = next(i for i, s in enumerate(sentences) if s.start <= offset < s.end)
        cases.append(((sentences, offset), index))
    return cases
