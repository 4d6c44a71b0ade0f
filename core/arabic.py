"""Arabic words with their attached particles, for search.

Arabic writes the conjunctions و and ف ("and"), the prepositions ب, ك and ل
("with/by", "like", "for") and the article ال as part of the word that follows:
"the refugees" is اللاجئين, "and the refugees" واللاجئين, "for the refugees"
للاجئين. PostgreSQL's `arabic` stemmer and SQLite's FTS leave those prefixes on,
so a search for اللاجئين misses واللاجئين.

The search expands each query word instead of changing the index: the word is
taken back to its bare form (particles removed, as Larkey's light10 stemmer
removes them), and every form a particle can give it is searched for, the
typed word included. Each is then stemmed as usual, so suffixes still match.
"""

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ك", "ل")
ARTICLE = "ال"
# Particles are removed only from words this long, so that two or more letters remain.
MIN_LENGTH_TO_STRIP = 4


def bare_forms(word):
    """The word without a leading conjunction, preposition and article: واللاجئين -> [لاجئين].

    A leading و or ف may be a conjunction or the word's own first letter (وزارة,
    "ministry"): both readings are returned. لل (ل with the article, its alef
    dropped) is ambiguous too: للعمال is ل + العمال (bare عمال), but للاجئين is
    ل + اللاجئين (bare لاجئين, whose own ل merged). Both readings are returned.
    """
    forms = _without_article(word)
    if word[:1] in CONJUNCTIONS and len(word) >= MIN_LENGTH_TO_STRIP:
        forms = _without_article(word[1:]) + forms
    return list(dict.fromkeys(forms))


def _without_article(word):
    bare = word
    if bare.startswith("لل") and len(bare) >= MIN_LENGTH_TO_STRIP:
        return [bare[2:], "ل" + bare[2:]]
    if bare[:1] in PREPOSITIONS and bare[1:].startswith(ARTICLE):
        bare = bare[1:]
    if bare.startswith(ARTICLE) and len(bare) >= MIN_LENGTH_TO_STRIP:
        bare = bare[2:]
    return [bare]


def attached_forms(bare):
    """Every form a bare word takes with particles: عمال, العمال, للعمال, بعمال, بالعمال, والعمال ..."""
    definite = ARTICLE + bare
    # ل + ال is written لل; before a word that starts with ل, that ل merges too.
    lam_definite = "ل" + bare if bare.startswith("ل") else "لل" + bare
    forms = [bare, definite, lam_definite]
    forms += [preposition + bare for preposition in PREPOSITIONS]
    forms += [preposition + definite for preposition in ("ب", "ك")]
    return forms + [conjunction + form for conjunction in CONJUNCTIONS for form in forms]


def particle_variants(word):
    """The typed word and every attached form of its bare word, each once."""
    forms = [word]
    for bare in bare_forms(word):
        forms += attached_forms(bare)
    return list(dict.fromkeys(forms))
