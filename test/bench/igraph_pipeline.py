#!/usr/bin/env python3
"""The reference pipeline in python-igraph (Debian's python3-igraph), timed for BENCHMARKS.md.

Reads the actors and links CSV files written by generate.ts (`;`, UTF-8 with BOM), builds an
undirected graph and runs what `maillage analyze` runs: degree, betweenness, closeness,
Louvain (multilevel), components, articulation points and bridges.
Prints one JSON line: {"read": s, "analysis": s, "nodes": n, "edges": m}.
"""
import csv
import json
import sys
import time

import igraph as ig


def main(actors_path: str, links_path: str) -> None:
    t0 = time.perf_counter()
    with open(actors_path, encoding="utf-8-sig", newline="") as f:
        rows = csv.reader(f, delimiter=";")
        header = next(rows)
        name_col = header.index("Nom")
        names = [row[name_col] for row in rows if row]
    index = {name: i for i, name in enumerate(names)}
    edges = set()
    with open(links_path, encoding="utf-8-sig", newline="") as f:
        rows = csv.reader(f, delimiter=";")
        next(rows)
        for row in rows:
            if len(row) < 2:
                continue
            a, b = index.get(row[0]), index.get(row[1])
            if a is None or b is None or a == b:
                continue
            edges.add((a, b) if a < b else (b, a))
    g = ig.Graph(n=len(names), edges=sorted(edges), directed=False)
    g.vs["name"] = names
    t1 = time.perf_counter()

    g.degree()
    g.betweenness(directed=False)
    g.closeness()
    g.community_multilevel()
    g.connected_components()
    g.articulation_points()
    g.bridges()
    t2 = time.perf_counter()
    print(json.dumps({"read": t1 - t0, "analysis": t2 - t1, "nodes": g.vcount(), "edges": g.ecount()}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
