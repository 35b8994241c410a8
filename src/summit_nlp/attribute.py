def attribute_quotes(text, sents, quotes, cues, mentions):
    return []
