def find_mentions(text, sents, quotes):
    return []
