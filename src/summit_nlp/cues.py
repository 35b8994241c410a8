def find_cues(text, sents, quotes):
    return []
