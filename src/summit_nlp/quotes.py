def find_quotes(text):
    return []
