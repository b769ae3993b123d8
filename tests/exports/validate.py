"""Validates Sakskart's exports with the formats' own tools; prints one JSON line of findings.

  validate.py gexf FILE      GEXF 1.3: the structure the GEXF 1.3 schema documents (namespace,
                             element order, declared attribute types and their values, unique ids,
                             edges between declared nodes), then networkx's reader
  validate.py graphml FILE   networkx.read_graphml (typed keys, nodes, edges)
  validate.py ftm FILE       followthemoney: every entity through the model (schema, properties,
                             value types), entity references resolved within the file and within
                             the property's range, and `ftm validate` over the whole file
  validate.py datapackage DIR  frictionless validate of DIR/datapackage.json (types, keys)

Exit status 1 with {"ok": false, "errors": [...]} when anything is wrong.
"""

import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

errors = []


def fail(msg):
    if len(errors) < 50:
        errors.append(msg)


def check_gexf(path):
    import networkx as nx

    ns = "http://gexf.net/1.3"
    q = lambda tag: f"{{{ns}}}{tag}"
    root = ET.parse(path).getroot()
    if root.tag != q("gexf"):
        fail(f"root is {root.tag}, not {{{ns}}}gexf")
        return {}
    if root.get("version") != "1.3":
        fail(f"version {root.get('version')!r}, not 1.3")
    kids = [c.tag for c in root]
    if kids.count(q("graph")) != 1 or (q("meta") in kids and kids.index(q("meta")) > kids.index(q("graph"))):
        fail(f"gexf must hold [meta] then one graph, holds {kids}")
    graph = root.find(q("graph"))
    if graph.get("defaultedgetype", "undirected") not in ("directed", "undirected", "mutual"):
        fail("graph defaultedgetype not directed|undirected|mutual")
    if graph.get("mode", "static") not in ("static", "dynamic"):
        fail("graph mode not static|dynamic")
    order = [c.tag for c in graph]
    allowed = [q("attributes"), q("nodes"), q("edges")]
    if any(t not in allowed for t in order):
        fail(f"unexpected children of graph: {order}")
    if order.count(q("nodes")) != 1 or order.count(q("edges")) > 1:
        fail("graph must hold one nodes element and at most one edges element")
    elif q("edges") in order and order.index(q("edges")) < order.index(q("nodes")):
        fail("edges before nodes")
    # GEXF 1.3 attrtype-type
    types = {"integer", "long", "double", "float", "boolean", "liststring", "string", "anyURI",
             "listinteger", "listlong", "listfloat", "listdouble", "listboolean", "listbyte", "listshort",
             "listbigdecimal", "listbiginteger", "listchar", "bigdecimal", "biginteger", "byte", "short", "char", "date"}
    declared = {"node": {}, "edge": {}}
    for attrs in graph.findall(q("attributes")):
        cls = attrs.get("class")
        if cls not in declared:
            fail(f"attributes class {cls!r}")
            continue
        for a in attrs.findall(q("attribute")):
            if not a.get("id") or not a.get("title") or a.get("type") not in types:
                fail(f"attribute {a.attrib} lacks id/title or has an unknown type")
            declared[cls][a.get("id")] = a.get("type")

    def values(el, cls):
        av = el.find(q("attvalues"))
        for v in [] if av is None else av.findall(q("attvalue")):
            t = declared[cls].get(v.get("for"))
            if t is None:
                fail(f"{cls} {el.get('id')}: attvalue for undeclared {v.get('for')!r}")
                continue
            val = v.get("value")
            try:
                if t in ("integer", "long"):
                    int(val)
                elif t in ("double", "float"):
                    float(val)
            except (TypeError, ValueError):
                fail(f"{cls} {el.get('id')}: {v.get('for')}={val!r} is not a {t}")

    node_ids = set()
    for n in graph.find(q("nodes")).findall(q("node")):
        i = n.get("id")
        if not i or i in node_ids:
            fail(f"node id missing or repeated: {i!r}")
        node_ids.add(i)
        values(n, "node")
    edge_ids = set()
    edges = graph.find(q("edges"))
    for e in [] if edges is None else edges.findall(q("edge")):
        i = e.get("id")
        if not i or i in edge_ids:
            fail(f"edge id missing or repeated: {i!r}")
        edge_ids.add(i)
        if e.get("source") not in node_ids or e.get("target") not in node_ids:
            fail(f"edge {i} joins an undeclared node")
        try:
            float(e.get("weight", "1"))
        except ValueError:
            fail(f"edge {i}: weight {e.get('weight')!r}")
        values(e, "edge")
    # networkx 3.5 reads GEXF 1.1draft and 1.2draft only: the elements used here are the same in
    # 1.3, so its reader gets the file with the 1.2draft namespace and checks ids, types and values.
    with open(path, encoding="utf-8") as f:
        text = f.read().replace('xmlns="http://gexf.net/1.3"', 'xmlns="http://www.gexf.net/1.2draft"', 1)
    with tempfile.NamedTemporaryFile("w", suffix=".gexf", delete=False, encoding="utf-8") as t:
        t.write(text.replace('version="1.3"', 'version="1.2"', 1))
    try:
        g = nx.read_gexf(t.name, version="1.2draft")
    finally:
        os.unlink(t.name)
    if g.number_of_nodes() != len(node_ids):
        fail(f"networkx read {g.number_of_nodes()} nodes, the file declares {len(node_ids)}")
    sample = next(iter(g.nodes(data=True)), (None, {}))[1]
    return {"nodes": len(node_ids), "edges": len(edge_ids), "networkx_nodes": g.number_of_nodes(),
            "networkx_edges": g.number_of_edges(), "node_attributes": sorted(declared["node"]),
            "edge_attributes": sorted(declared["edge"]), "sample_node": {k: str(v) for k, v in sample.items()},
            "types": {k: v for k, v in declared["node"].items()}}


def check_graphml(path):
    import networkx as nx

    g = nx.read_graphml(path)
    sample = next(iter(g.nodes(data=True)), (None, {}))[1]
    esample = next(iter(g.edges(data=True)), (None, None, {}))[2]
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
            "sample_node": {k: [type(v).__name__, str(v)] for k, v in sample.items()},
            "sample_edge": {k: [type(v).__name__, str(v)] for k, v in esample.items()}}


def check_ftm(path):
    from followthemoney import model

    entities = {}
    schemata = {}
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            data = json.loads(line)
            try:
                proxy = model.get_proxy(data, cleaned=False)
            except Exception as exc:  # the model refuses the entity
                fail(f"line {no}: {exc}")
                continue
            if proxy.id in entities:
                fail(f"line {no}: id {proxy.id} repeated")
            entities[proxy.id] = proxy
            schemata[proxy.schema.name] = schemata.get(proxy.schema.name, 0) + 1
            for name, values in data.get("properties", {}).items():
                prop = proxy.schema.get(name)
                if prop is None:
                    fail(f"line {no}: {proxy.schema.name} has no property {name}")
                    continue
                for v in values:
                    if prop.type.clean(v, proxy=proxy) is None:
                        fail(f"line {no}: {name}={v!r} is not a valid {prop.type.name}")
            for prop in proxy.schema.required:
                if not proxy.get(prop):
                    fail(f"line {no}: {proxy.schema.name} lacks required {prop}")
    for proxy in entities.values():
        for prop, value in proxy.itervalues():
            if prop.type.name != "entity":
                continue
            target = entities.get(value)
            if target is None:
                fail(f"{proxy.schema.name} {proxy.id}: {prop.name} -> {value} is not in the file")
            elif not target.schema.is_a(prop.range):
                fail(f"{proxy.schema.name} {proxy.id}: {prop.name} -> {target.schema.name}, not a {prop.range.name}")
    ftm = os.path.join(os.path.dirname(sys.executable), "ftm")
    run = subprocess.run([ftm, "validate", "-i", path, "-o", os.devnull], capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"ftm validate: {run.stderr.strip()[-500:]}")
    return {"entities": len(entities), "schemata": schemata}


def check_datapackage(folder):
    from frictionless import validate

    report = validate(os.path.join(folder, "datapackage.json"))
    for task in report.tasks:
        for err in task.errors:
            fail(f"{task.name}: {err.message}")
    for err in report.errors:
        fail(err.message)
    return {"valid": report.valid, "tables": {t.name: t.stats.get("rows") for t in report.tasks}}


def main():
    kind, path = sys.argv[1], sys.argv[2]
    found = {"gexf": check_gexf, "graphml": check_graphml, "ftm": check_ftm, "datapackage": check_datapackage}[kind](path)
    print(json.dumps({"ok": not errors, "errors": errors, **(found or {})}))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
