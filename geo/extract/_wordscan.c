/* Where words of a fixed list begin a word of a text: the cue pass of nearby.cue_starts and the trigger
 * pass of eventtypes.find_triggers, in C (compiled by scripts/build_native.py beside the mypyc build).
 *
 * It finds what their pyahocorasick automaton finds over the spaced copy of a text (geo/extract/spaced.py),
 * less the words after a letter beyond ASCII, which both drop: a word is found at ``i`` when ``i`` starts a
 * word (0, or after a character that is neither alphanumeric nor "_") and the text from ``i``, each ASCII
 * letter, digit or "_" lower-cased and every other character read as a space, begins with it; a space in a
 * word must be a space in the text ("in " is not "in,"). One look at each character, and from each word
 * start a walk down a trie of the words as far as the text follows one: linear in the text (the walk is as
 * long as the longest word at most). The automaton's generic walk and its tuples cost some twenty times as
 * much. Without a C compiler the plain Python modules use the automaton itself (same answers).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define SYMBOLS 38 /* " ", "0"-"9", "_", "a"-"z" */

typedef struct {
    int child[SYMBOLS];
    PyObject *word; /* the word ending here (a borrowed reference: the table's list holds it), or NULL */
} Node;

typedef struct {
    Node *nodes;
    Py_ssize_t size;
    PyObject *words; /* the list of the words, which keeps them alive */
} Table;

static const char *CAPSULE = "geo.extract._wordscan.table";

/* The symbol of a character of a word (-1: none may be in one). */
static int word_symbol(Py_UCS4 c) {
    if (c == ' ') return 0;
    if (c >= '0' && c <= '9') return 1 + (int)(c - '0');
    if (c == '_') return 11;
    if (c >= 'a' && c <= 'z') return 12 + (int)(c - 'a');
    return -1;
}

/* The symbol of each ASCII character of the text, as the spaced copy lower-cased reads it (every other
 * character is a space, 0), and whether each Latin-1 character is alphanumeric or "_": made at import. */
static unsigned char TEXT_SYMBOL[128];
static unsigned char IN_WORD[256];

static void make_tables(void) {
    for (Py_UCS4 c = 0; c < 256; c++) {
        if (c < 128) {
            int s = word_symbol(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            TEXT_SYMBOL[c] = (unsigned char)(s > 0 ? s : 0);
        }
        IN_WORD[c] = (unsigned char)(c == '_' || Py_UNICODE_ISALNUM(c));
    }
}

static inline int text_symbol(Py_UCS4 c) { return c < 128 ? TEXT_SYMBOL[c] : 0; }

static void table_free(PyObject *capsule) {
    Table *t = (Table *)PyCapsule_GetPointer(capsule, CAPSULE);
    if (t == NULL) return;
    PyMem_Free(t->nodes);
    Py_XDECREF(t->words);
    PyMem_Free(t);
}

static int add_node(Table *t, Py_ssize_t *capacity) {
    if (t->size == *capacity) {
        Py_ssize_t more = *capacity * 2;
        Node *grown = PyMem_Realloc(t->nodes, (size_t)more * sizeof(Node));
        if (grown == NULL) return -1;
        t->nodes = grown;
        *capacity = more;
    }
    Node *n = &t->nodes[t->size];
    memset(n->child, 0, sizeof(n->child)); /* 0: no child (the root is no one's child) */
    n->word = NULL;
    return (int)t->size++;
}

/* table(words) -> a capsule of the trie of ``words`` (non-empty, of " ", ASCII digits, "_", a-z). */
static PyObject *table(PyObject *self, PyObject *arg) {
    PyObject *words = PySequence_List(arg);
    if (words == NULL) return NULL;
    Table *t = PyMem_Calloc(1, sizeof(Table));
    Py_ssize_t capacity = 64;
    if (t == NULL || (t->nodes = PyMem_Malloc((size_t)capacity * sizeof(Node))) == NULL) {
        PyMem_Free(t);
        Py_DECREF(words);
        return PyErr_NoMemory();
    }
    t->words = words;
    PyObject *capsule = PyCapsule_New(t, CAPSULE, table_free);
    if (capsule == NULL) {
        PyMem_Free(t->nodes);
        Py_DECREF(words);
        PyMem_Free(t);
        return NULL;
    }
    if (add_node(t, &capacity) < 0) goto nomemory;
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(words); k++) {
        PyObject *word = PyList_GET_ITEM(words, k);
        if (!PyUnicode_Check(word) || PyUnicode_GET_LENGTH(word) == 0 || PyUnicode_READ_CHAR(word, 0) == ' ') {
            PyErr_SetString(PyExc_ValueError, "the words must be strings, none empty or starting with a space");
            goto fail;
        }
        int kind = PyUnicode_KIND(word);
        const void *data = PyUnicode_DATA(word);
        int at = 0;
        for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(word); i++) {
            int s = word_symbol(PyUnicode_READ(kind, data, i));
            if (s < 0) {
                PyErr_Format(PyExc_ValueError, "a word of other characters than a-z, 0-9, _ and space: %R", word);
                goto fail;
            }
            if (t->nodes[at].child[s] == 0) {
                int n = add_node(t, &capacity);
                if (n < 0) goto nomemory;
                t->nodes[at].child[s] = n;
            }
            at = t->nodes[at].child[s];
        }
        t->nodes[at].word = word;
    }
    return capsule;
nomemory:
    PyErr_NoMemory();
fail:
    Py_DECREF(capsule);
    return NULL;
}

/* Whether a character is alphanumeric or "_" (what no word starts after). */
static inline int in_word(Py_UCS4 c) { return c < 256 ? IN_WORD[c] : Py_UNICODE_ISALNUM(c); }

static Table *get_table(PyObject *capsule) {
    return (Table *)PyCapsule_GetPointer(capsule, CAPSULE);
}

/* Add ``i`` to ``out``: to the list of each word found there (a dict), or once (a list). -1 on an error. */
static int found_at(PyObject *out, PyObject *word, Py_ssize_t i) {
    PyObject *where = PyLong_FromSsize_t(i);
    if (where == NULL) return -1;
    PyObject *into = out;
    if (word != NULL) {
        into = PyDict_GetItemWithError(out, word);
        if (into == NULL) {
            if (PyErr_Occurred() || (into = PyList_New(0)) == NULL || PyDict_SetItem(out, word, into) < 0) {
                Py_XDECREF(into);
                Py_DECREF(where);
                return -1;
            }
            Py_DECREF(into); /* the dict holds it */
        }
    }
    int failed = PyList_Append(into, where);
    Py_DECREF(where);
    return failed;
}

/* The pass over a text of one kind (one, two or four bytes a character): at each word start, a walk down
 * the trie as far as the text follows it. ``out`` is a dict (each word found) or a list (each start). */
#define SCAN(NAME, TYPE)                                                                  \
    static int NAME(const Table *t, const TYPE *p, Py_ssize_t n, PyObject *out, int each) { \
        int after_word = 0;                                                               \
        for (Py_ssize_t i = 0; i < n; i++) {                                              \
            Py_UCS4 first = p[i];                                                         \
            int was_after = after_word;                                                   \
            after_word = in_word(first);                                                  \
            if (was_after || !after_word) continue; /* (no word starts with a space) */  \
            int at = 0;                                                                   \
            for (Py_ssize_t j = i; j < n; j++) {                                          \
                Py_UCS4 c = p[j];                                                         \
                int s = text_symbol(c);                                                   \
                if (s == 0 && c != ' ') break; /* a space in a word is a space */         \
                at = t->nodes[at].child[s];                                               \
                if (at == 0) break;                                                       \
                PyObject *word = t->nodes[at].word;                                       \
                if (word != NULL) {                                                       \
                    if (found_at(out, each ? word : NULL, i) < 0) return -1;              \
                    if (!each) break;                                                     \
                }                                                                         \
            }                                                                             \
        }                                                                                 \
        return 0;                                                                         \
    }

SCAN(scan1, Py_UCS1)
SCAN(scan2, Py_UCS2)
SCAN(scan4, Py_UCS4)

static PyObject *scan(PyObject *args, int each) {
    PyObject *capsule, *text;
    if (!PyArg_ParseTuple(args, "OU", &capsule, &text)) return NULL;
    Table *t = get_table(capsule);
    if (t == NULL) return NULL;
    PyObject *out = each ? PyDict_New() : PyList_New(0);
    if (out == NULL) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int failed;
    switch (PyUnicode_KIND(text)) {
        case PyUnicode_1BYTE_KIND:
            failed = scan1(t, PyUnicode_1BYTE_DATA(text), n, out, each);
            break;
        case PyUnicode_2BYTE_KIND:
            failed = scan2(t, PyUnicode_2BYTE_DATA(text), n, out, each);
            break;
        default:
            failed = scan4(t, PyUnicode_4BYTE_DATA(text), n, out, each);
    }
    if (failed) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

/* starts(table, text) -> {word: [where it starts a word of text, in order]} */
static PyObject *starts(PyObject *self, PyObject *args) { return scan(args, 1); }

/* begins(table, text) -> [where a word of the table starts a word of text, in order] */
static PyObject *begins(PyObject *self, PyObject *args) { return scan(args, 0); }

/* ---- Runs of capitalised words (runs.py): what ``_CAPITAL_RUN.finditer(text)`` finds ----
 *
 * The pattern, read as re reads it: at each capital that no word character, apostrophe, "@", "#" or "-" comes
 * right before, the first word, then the words after it (``more``), then no word character. Every choice
 * (which alternative, how many of a repeat) is tried in re's order, greedy repeats longest first, and the
 * first way that ends before no word character is the match: a faithful backtracking matcher for this one
 * pattern. A step budget and a depth bound (a long chain of words) hand a text back to re (None) before
 * anything could take long or run out of stack. */

#define CLASS_LIMIT 0x2000 /* every letter of the pattern's classes is below this */

typedef struct {
    unsigned char up[CLASS_LIMIT], lo[CLASS_LIMIT];
    unsigned char particle_first[128]; /* whether a particle starts with this (ASCII) character */
    Py_UCS4 *particles[64];
    Py_ssize_t particle_size[64];
    int particle_count;
} Runs;

typedef struct {
    const Runs *r;
    const Py_UCS4 *buf; /* the text, four bytes a character */
    Py_ssize_t n;
    Py_ssize_t more_start;
    long steps, budget;
    int depth;
    int bail; /* the budget or the depth ran out */
} Match;

static const char *RUNS_CAPSULE = "geo.extract._wordscan.runs";
#define MAX_DEPTH 1000

static inline Py_UCS4 at_(const Match *m, Py_ssize_t i) { return i < m->n ? m->buf[i] : 0; }
static inline int is_up(const Match *m, Py_ssize_t i) {
    Py_UCS4 c = at_(m, i);
    return i < m->n && c < CLASS_LIMIT && m->r->up[c];
}
static inline int is_lo(const Match *m, Py_ssize_t i) {
    Py_UCS4 c = at_(m, i);
    return i < m->n && c < CLASS_LIMIT && m->r->lo[c];
}
static inline int is_letter(const Match *m, Py_ssize_t i) { return is_up(m, i) || is_lo(m, i); }
static inline int is_ascii_up(const Match *m, Py_ssize_t i) {
    Py_UCS4 c = at_(m, i);
    return i < m->n && c >= 'A' && c <= 'Z';
}
static inline int is_char(const Match *m, Py_ssize_t i, Py_UCS4 c) { return i < m->n && at_(m, i) == c; }
static inline int is_word_at(const Match *m, Py_ssize_t i) { return i < m->n && in_word(at_(m, i)); }
static inline int is_blank(const Match *m, Py_ssize_t i) { /* [ \t\u00a0] */
    Py_UCS4 c = at_(m, i);
    return i < m->n && (c == ' ' || c == '\t' || c == 0xa0);
}
static inline int is_space_tab(const Match *m, Py_ssize_t i) {
    Py_UCS4 c = at_(m, i);
    return i < m->n && (c == ' ' || c == '\t');
}
static inline Py_ssize_t count(const Match *m, Py_ssize_t i, int (*in)(const Match *, Py_ssize_t)) {
    Py_ssize_t j = i;
    while (j < m->n && in(m, j)) j++;
    return j - i;
}

/* Entering a step: -2 once the budget or the depth has run out. */
#define ENTER(m)                                                        \
    do {                                                                \
        if ((m)->bail || ++(m)->steps > (m)->budget || (m)->depth >= MAX_DEPTH) { \
            (m)->bail = 1;                                              \
            return -2;                                                  \
        }                                                               \
    } while (0)
#define CALL(m, expr) ((m)->depth++, _r = (expr), (m)->depth--, _r)

static Py_ssize_t more(Match *m, Py_ssize_t p);

/* What follows a word ending at ``q``: for the first word, the words after it (``more`` starts there). */
static Py_ssize_t after_word(Match *m, Py_ssize_t q, int first) {
    if (first) m->more_start = q;
    return more(m, q);
}

/* (?:-(?:[UP]|[LO]{1,3}-[UP])L*)* then the rest */
static Py_ssize_t hyphen_parts(Match *m, Py_ssize_t q, int first) {
    Py_ssize_t _r;
    ENTER(m);
    if (is_char(m, q, '-')) {
        Py_ssize_t heads[2];
        int h = 0;
        if (is_up(m, q + 1)) heads[h++] = q + 2;
        Py_ssize_t lo = count(m, q + 1, is_lo);
        if (lo > 3) lo = 3; /* [LO]{1,3}, greedy: only the length a "-" follows can go on */
        for (Py_ssize_t k = lo; k >= 1; k--)
            if (is_char(m, q + 1 + k, '-') && is_up(m, q + 2 + k)) {
                heads[h++] = q + 3 + k;
                break;
            }
        for (int a = 0; a < h; a++) {
            Py_ssize_t c = count(m, heads[a], is_letter);
            for (Py_ssize_t k = c; k >= 0; k--) {
                Py_ssize_t r = CALL(m, hyphen_parts(m, heads[a] + k, first));
                if (r != -1) return r;
            }
        }
    }
    return CALL(m, after_word(m, q, first));
}

/* (?:['’](?!s\b)L+)* then the hyphen parts */
static Py_ssize_t apostrophe_parts(Match *m, Py_ssize_t q, int first) {
    Py_ssize_t _r;
    ENTER(m);
    if ((is_char(m, q, '\'') || is_char(m, q, 0x2019)) && !(is_char(m, q + 1, 's') && !is_word_at(m, q + 2))) {
        Py_ssize_t c = count(m, q + 1, is_letter);
        for (Py_ssize_t k = c; k >= 1; k--) {
            Py_ssize_t r = CALL(m, apostrophe_parts(m, q + 1 + k, first));
            if (r != -1) return r;
        }
    }
    return CALL(m, hyphen_parts(m, q, first));
}

/* L*(?:['’](?!s\b)L+)*(?:-(?:[UP]|[LO]{1,3}-[UP])L*)* then the rest */
static Py_ssize_t word_tail(Match *m, Py_ssize_t p, int first) {
    Py_ssize_t _r;
    ENTER(m);
    Py_ssize_t c = count(m, p, is_letter);
    for (Py_ssize_t k = c; k >= 0; k--) {
        Py_ssize_t r = CALL(m, apostrophe_parts(m, p + k, first));
        if (r != -1) return r;
    }
    return -1;
}

/* (?=[ \t]+[UP]) at ``q`` */
static int capital_after_space(const Match *m, Py_ssize_t q) {
    Py_ssize_t c = count(m, q, is_space_tab);
    return c > 0 && is_up(m, q + c);
}

/* (?:[A-Z]\.) repeated from ``q``, at most ``most`` times (possessive): how many */
static Py_ssize_t initials(const Match *m, Py_ssize_t q, Py_ssize_t most) {
    Py_ssize_t k = 0;
    while (k < most && is_ascii_up(m, q + 2 * k) && is_char(m, q + 2 * k + 1, '.')) k++;
    return k;
}

/* WORD at ``g``: (?:St|Ste|Mt|Ft)\.(?=[ \t]+[UP]) | (?:[A-Z]\.){2,20}+ | (?:[LO]{1,3}-)?[UP]L*... */
static Py_ssize_t word(Match *m, Py_ssize_t g) {
    Py_ssize_t _r;
    ENTER(m);
    Py_UCS4 c0 = at_(m, g);
    if (g + 1 < m->n && (c0 == 'S' || c0 == 'M' || c0 == 'F') && at_(m, g + 1) == 't') {
        Py_ssize_t dot = -1;
        if (is_char(m, g + 2, '.')) dot = g + 2;
        else if (c0 == 'S' && is_char(m, g + 2, 'e') && is_char(m, g + 3, '.')) dot = g + 3;
        if (dot >= 0 && capital_after_space(m, dot + 1)) {
            Py_ssize_t r = CALL(m, more(m, dot + 1));
            if (r != -1) return r;
        }
    }
    Py_ssize_t k = initials(m, g, 20);
    if (k >= 2) {
        Py_ssize_t r = CALL(m, more(m, g + 2 * k));
        if (r != -1) return r;
    }
    Py_ssize_t lo = count(m, g, is_lo);
    if (lo > 3) lo = 3;
    for (Py_ssize_t j = lo; j >= 1; j--)
        if (is_char(m, g + j, '-')) {
            if (is_up(m, g + j + 1)) {
                Py_ssize_t r = CALL(m, word_tail(m, g + j + 2, 0));
                if (r != -1) return r;
            }
            break;
        }
    if (is_up(m, g)) return CALL(m, word_tail(m, g + 1, 0));
    return -1;
}

/* The GAP ends from ``p``, in re's order: [ \t\u00a0]+ longest first, then [ \t]*\n[ \t]*. */
static int gaps(const Match *m, Py_ssize_t p, Py_ssize_t *first_end, Py_ssize_t *first_least,
                Py_ssize_t *second_end, Py_ssize_t *second_least) {
    Py_ssize_t c = count(m, p, is_blank);
    *first_end = p + c;
    *first_least = c > 0 ? p + 1 : p + 1 + 1; /* (none when c == 0) */
    Py_ssize_t s = count(m, p, is_space_tab);
    if (is_char(m, p + s, '\n')) {
        Py_ssize_t after = p + s + 1;
        *second_end = after + count(m, after, is_space_tab);
        *second_least = after;
    } else {
        *second_end = -1;
        *second_least = 0;
    }
    return 0;
}

/* (?:PART GAP)* WORD at ``g`` */
static Py_ssize_t particles(Match *m, Py_ssize_t g) {
    Py_ssize_t _r;
    ENTER(m);
    const Runs *r = m->r;
    Py_UCS4 c0 = at_(m, g);
    if (!(c0 < 128 && r->particle_first[c0])) return CALL(m, word(m, g)); /* (no particle starts here) */
    for (int k = 0; k < r->particle_count; k++) {
        Py_ssize_t size = r->particle_size[k];
        if (g + size > m->n) continue;
        Py_ssize_t j = 0;
        while (j < size && at_(m, g + j) == r->particles[k][j]) j++;
        if (j < size) continue;
        Py_ssize_t e1, l1, e2, l2;
        gaps(m, g + size, &e1, &l1, &e2, &l2);
        for (Py_ssize_t q = e1; q >= l1; q--) {
            Py_ssize_t res = CALL(m, particles(m, q));
            if (res != -1) return res;
        }
        for (Py_ssize_t q = e2; e2 >= 0 && q >= l2; q--) {
            Py_ssize_t res = CALL(m, particles(m, q));
            if (res != -1) return res;
        }
    }
    return CALL(m, word(m, g));
}

/* (?:GAP(?:PART GAP)*WORD)* then (?![\w]), from the end ``p`` of a word: the match's end, -1 for none */
static Py_ssize_t more(Match *m, Py_ssize_t p) {
    Py_ssize_t _r;
    ENTER(m);
    Py_ssize_t e1, l1, e2, l2;
    gaps(m, p, &e1, &l1, &e2, &l2);
    for (Py_ssize_t q = e1; q >= l1; q--) {
        Py_ssize_t r = CALL(m, particles(m, q));
        if (r != -1) return r;
    }
    for (Py_ssize_t q = e2; e2 >= 0 && q >= l2; q--) {
        Py_ssize_t r = CALL(m, particles(m, q));
        if (r != -1) return r;
    }
    return is_word_at(m, p) ? -1 : p;
}

/* The run starting at the capital ``i`` (its look-behind holds): its end, -1 for none, -2 to give up */
static Py_ssize_t run_at(Match *m, Py_ssize_t i) {
    Py_ssize_t _r;
    Py_UCS4 c = at_(m, i);
    if (c == 'S' || c == 'M' || c == 'F') { /* (?<=[SMF])te?\.(?=[ \t]+[UP]) */
        Py_ssize_t dot = -1;
        if (is_char(m, i + 1, 't')) {
            if (is_char(m, i + 2, 'e') && is_char(m, i + 3, '.')) dot = i + 3;
            else if (is_char(m, i + 2, '.')) dot = i + 2;
        }
        if (dot >= 0 && capital_after_space(m, dot + 1)) {
            Py_ssize_t r = CALL(m, after_word(m, dot + 1, 1));
            if (r != -1) return r;
        }
    }
    if (c >= 'A' && c <= 'Z' && is_char(m, i + 1, '.')) { /* (?<=[A-Z])\.(?:[A-Z]\.){1,19}+ */
        Py_ssize_t k = initials(m, i + 2, 19);
        if (k >= 1) {
            Py_ssize_t r = CALL(m, after_word(m, i + 2 + 2 * k, 1));
            if (r != -1) return r;
        }
    }
    return CALL(m, word_tail(m, i + 1, 1));
}

static void runs_free(PyObject *capsule) {
    Runs *r = (Runs *)PyCapsule_GetPointer(capsule, RUNS_CAPSULE);
    if (r == NULL) return;
    for (int k = 0; k < r->particle_count; k++) PyMem_Free(r->particles[k]);
    PyMem_Free(r);
}

/* run_table(up, lo, particles) -> a capsule: the capitals and small letters of the pattern's classes (all
 * below U+2000) and its particles, longest first (as the pattern's alternation tries them). */
static PyObject *run_table(PyObject *self, PyObject *args) {
    PyObject *up, *lo, *parts;
    if (!PyArg_ParseTuple(args, "UUO", &up, &lo, &parts)) return NULL;
    PyObject *seq = PySequence_Fast(parts, "particles: a sequence");
    if (seq == NULL) return NULL;
    Runs *r = PyMem_Calloc(1, sizeof(Runs));
    if (r == NULL) {
        Py_DECREF(seq);
        return PyErr_NoMemory();
    }
    PyObject *capsule = PyCapsule_New(r, RUNS_CAPSULE, runs_free);
    if (capsule == NULL) {
        PyMem_Free(r);
        Py_DECREF(seq);
        return NULL;
    }
    PyObject *sets[2] = {up, lo};
    unsigned char *maps[2] = {r->up, r->lo};
    for (int s = 0; s < 2; s++)
        for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(sets[s]); i++) {
            Py_UCS4 c = PyUnicode_READ_CHAR(sets[s], i);
            if (c >= CLASS_LIMIT) {
                PyErr_SetString(PyExc_ValueError, "a letter beyond U+2000 in a class");
                goto fail;
            }
            maps[s][c] = 1;
        }
    if (PySequence_Fast_GET_SIZE(seq) > 64) {
        PyErr_SetString(PyExc_ValueError, "more than 64 particles");
        goto fail;
    }
    for (Py_ssize_t k = 0; k < PySequence_Fast_GET_SIZE(seq); k++) {
        PyObject *part = PySequence_Fast_GET_ITEM(seq, k);
        if (!PyUnicode_Check(part) || PyUnicode_GET_LENGTH(part) == 0) {
            PyErr_SetString(PyExc_ValueError, "a particle must be a non-empty string");
            goto fail;
        }
        r->particles[k] = PyUnicode_AsUCS4Copy(part);
        if (r->particles[k] == NULL) goto fail;
        r->particle_size[k] = PyUnicode_GET_LENGTH(part);
        r->particle_count = (int)k + 1;
        if (r->particles[k][0] < 128) r->particle_first[r->particles[k][0]] = 1;
        else {
            PyErr_SetString(PyExc_ValueError, "a particle must start with an ASCII character");
            goto fail;
        }
    }
    Py_DECREF(seq);
    return capsule;
fail:
    Py_DECREF(seq);
    Py_DECREF(capsule);
    return NULL;
}

/* capital_runs(table, text) -> [(start, end, start of more)] of each run, or None: re must read this text */
/* The tuple (a, b, c) of three ints: what Py_BuildValue("(nnn)") makes, without reading a format each time. */
static PyObject *triple(Py_ssize_t a, Py_ssize_t b, Py_ssize_t c) {
    PyObject *t = PyTuple_New(3);
    if (t == NULL)
        return NULL;
    Py_ssize_t v[3] = {a, b, c};
    for (int k = 0; k < 3; k++) {
        PyObject *n = PyLong_FromSsize_t(v[k]);
        if (n == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, k, n);
    }
    return t;
}

static PyObject *capital_runs(PyObject *self, PyObject *args) {
    PyObject *capsule, *text;
    if (!PyArg_ParseTuple(args, "OU", &capsule, &text)) return NULL;
    const Runs *r = (const Runs *)PyCapsule_GetPointer(capsule, RUNS_CAPSULE);
    if (r == NULL) return NULL;
    Py_UCS4 *buf = PyUnicode_AsUCS4Copy(text);
    if (buf == NULL) return NULL;
    Match m = {r, buf, PyUnicode_GET_LENGTH(text), 0, 0, 0, 0, 0};
    m.budget = 64 * m.n + 4096;
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        PyMem_Free(buf);
        return NULL;
    }
    Py_ssize_t i = 0;
    while (i < m.n) {
        Py_UCS4 c = buf[i];
        if (c < CLASS_LIMIT && r->up[c]) {
            Py_UCS4 before = i > 0 ? buf[i - 1] : ' ';
            if (!(i > 0 && (in_word(before) || before == '\'' || before == 0x2019 || before == '@' ||
                            before == '#' || before == '-'))) {
                m.depth = 0;
                Py_ssize_t end = run_at(&m, i);
                if (m.bail) {
                    PyMem_Free(buf);
                    Py_DECREF(out);
                    Py_RETURN_NONE;
                }
                if (end >= 0) {
                    PyObject *row = triple(i, end, m.more_start);
                    if (row == NULL || PyList_Append(out, row) < 0) {
                        Py_XDECREF(row);
                        PyMem_Free(buf);
                        Py_DECREF(out);
                        return NULL;
                    }
                    Py_DECREF(row);
                    i = end;
                    continue;
                }
            }
        }
        i++;
    }
    PyMem_Free(buf);
    return out;
}

/* ---- The words after a place name (uses.py): what ``_AFTER.match(text, start, end).groups()`` gives ----
 *
 * (mark, w1, w2, w3, w4): the mark right after the name, "'s" or "’s" before no word character, or "-" before
 * a lower-case ASCII letter (else None); then, after any space, up to four words of word characters and "-",
 * each after a space of its own (None where there is none). As re reads the pattern within ``end``: a
 * character at ``end`` or past it is not there, and "\w" and "\s" are str.isalnum() or "_", and str.isspace(). */

static inline int in_word_or_hyphen(Py_UCS4 c) { return c == '-' || in_word(c); }

static PyObject *words_after(PyObject *self, PyObject *args) {
    PyObject *text;
    Py_ssize_t start, end;
    if (!PyArg_ParseTuple(args, "Unn", &text, &start, &end)) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (end > n) end = n;
    if (start < 0 || start > end) {
        PyErr_SetString(PyExc_ValueError, "words_after: start must lie between 0 and end");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
#define AT(i) PyUnicode_READ(kind, data, (i))
    Py_ssize_t spans[5][2];
    int found[5] = {0, 0, 0, 0, 0};
    Py_ssize_t p = start;
    if (p + 1 < end) {
        Py_UCS4 c = AT(p), next = AT(p + 1);
        if ((c == '\'' || c == 0x2019) && next == 's' && (p + 2 >= end || !in_word(AT(p + 2)))) {
            spans[0][0] = p, spans[0][1] = p + 2, found[0] = 1;
            p += 2;
        } else if (c == '-' && next >= 'a' && next <= 'z') {
            spans[0][0] = p, spans[0][1] = p + 1, found[0] = 1;
            p += 1;
        }
    }
    for (int k = 1; k < 5; k++) {
        Py_ssize_t s = p;
        while (s < end && Py_UNICODE_ISSPACE(AT(s))) s++;
        if (k > 1 && s == p) break; /* (the first word may follow the mark or the name at once) */
        Py_ssize_t q = s;
        while (q < end && in_word_or_hyphen(AT(q))) q++;
        if (q == s) break; /* no word: nor any after it */
        spans[k][0] = s, spans[k][1] = q, found[k] = 1;
        p = q;
    }
#undef AT
    PyObject *out = PyTuple_New(5);
    if (out == NULL) return NULL;
    for (int k = 0; k < 5; k++) {
        PyObject *g = found[k] ? PyUnicode_Substring(text, spans[k][0], spans[k][1]) : Py_NewRef(Py_None);
        if (g == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyTuple_SET_ITEM(out, k, g);
    }
    return out;
}

static PyMethodDef methods[] = {
    {"table", table, METH_O, "table(words): the trie of words (of a-z, 0-9, _ and space, none first) for starts and begins"},
    {"starts", starts, METH_VARARGS, "starts(table, text): {word: [where it starts a word of text]}"},
    {"begins", begins, METH_VARARGS, "begins(table, text): [where a word of the table starts a word of text]"},
    {"run_table", run_table, METH_VARARGS, "run_table(up, lo, particles): the classes and particles of the runs"},
    {"capital_runs", capital_runs, METH_VARARGS, "capital_runs(table, text): [(start, end, more)] or None"},
    {"words_after", words_after, METH_VARARGS, "words_after(text, start, end): (mark, w1, w2, w3, w4), as uses._AFTER"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_wordscan", NULL, -1, methods};

PyMODINIT_FUNC PyInit__wordscan(void) {
    make_tables();
    return PyModule_Create(&module);
}
