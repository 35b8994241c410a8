def resolve_speakers(text, sents, mentions, quote_atts, reported_items):
    return [], [], []
