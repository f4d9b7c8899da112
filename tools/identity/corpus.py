"""Writes the identity-check corpus as console JSON Lines: every BBC article, every PolNeAR dev text,
and every CoNLL eng.testa document rebuilt as running text. Read from the data folder, written to scratch."""
import glob, json, os, sys

data, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    def emit(i, text):
        f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    for p in sorted(glob.glob(os.path.join(data, "bbc-news", "*", "*.txt"))):
        emit("bbc/" + os.path.relpath(p, os.path.join(data, "bbc-news")), open(p, encoding="utf-8", errors="replace").read())
    for p in sorted(glob.glob(os.path.join(data, "polnear", "dev", "text", "*"))):
        emit("polnear/" + os.path.basename(p), open(p, encoding="utf-8", errors="replace").read())
    doc, n = [], 0
    def flush():
        global doc, n
        if doc:
            emit(f"conll/testa-{n}", "\n".join(" ".join(s) for s in doc if s)); n += 1
        doc = []
    sent = []
    for line in open(os.path.join(data, "conll2003", "eng.testa"), encoding="utf-8", errors="replace"):
        line = line.strip()
        if line.startswith("-DOCSTART-"):
            if sent: doc.append(sent); sent = []
            flush(); continue
        if not line:
            if sent: doc.append(sent); sent = []
            continue
        sent.append(line.split(" ")[0])
    if sent: doc.append(sent)
    flush()
