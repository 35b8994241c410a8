def find_reported(text, sents, quotes, cues, mentions):
    return []
