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

/* The symbol of a character of the text, as the spaced copy lower-cased reads it. */
static int text_symbol(Py_UCS4 c) {
    if (c >= 'A' && c <= 'Z') return 12 + (int)(c - 'A');
    if (c < 128) {
        int s = word_symbol(c);
        return s > 0 ? s : 0;
    }
    return 0;
}

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
static int in_word(Py_UCS4 c) {
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return Py_UNICODE_ISALNUM(c);
}

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

static PyMethodDef methods[] = {
    {"table", table, METH_O, "table(words): the trie of words (of a-z, 0-9, _ and space, none first) for starts and begins"},
    {"starts", starts, METH_VARARGS, "starts(table, text): {word: [where it starts a word of text]}"},
    {"begins", begins, METH_VARARGS, "begins(table, text): [where a word of the table starts a word of text]"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_wordscan", NULL, -1, methods};

PyMODINIT_FUNC PyInit__wordscan(void) { return PyModule_Create(&module); }
