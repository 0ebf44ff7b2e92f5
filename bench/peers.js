// Lays out one graph with a peer of heartflow's layered layout, for the benchmark only:
//   node peers.js dagre|elkjs NODE_MODULES GRAPH.json
// GRAPH.json: {"n": nodes, "w": box width, "h": box height, "node_gap": ..., "layer_gap": ...,
// "edges": [[from, to], ...]}. Prints the layout's own time in ms on the first line, then each
// edge's routed polyline as "x y x y ..." on a line of its own, in input order.
'use strict';
const fs = require('fs');
const path = require('path');

const [tool, modules, graphPath] = process.argv.slice(2);
const graph = JSON.parse(fs.readFileSync(graphPath, 'utf8'));

function print(ms, routes) {
    const lines = [ms.toFixed(3)];
    for (const points of routes) lines.push(points.map((p) => `${p.x} ${p.y}`).join(' '));
    process.stdout.write(lines.join('\n') + '\n');
}

function dagreLayout() {
    const dagre = require(path.join(modules, '@dagrejs/dagre'));
    const start = performance.now();
    const g = new dagre.graphlib.Graph({ multigraph: true });
    g.setGraph({ rankdir: 'TB', nodesep: graph.node_gap, ranksep: graph.layer_gap });
    g.setDefaultEdgeLabel(() => ({}));
    for (let i = 0; i < graph.n; i++) g.setNode(String(i), { width: graph.w, height: graph.h });
    graph.edges.forEach(([a, b], k) => g.setEdge(String(a), String(b), {}, 'e' + k));
    dagre.layout(g);
    const ms = performance.now() - start;
    print(ms, graph.edges.map(([a, b], k) => g.edge(String(a), String(b), 'e' + k).points));
}

function elkLayout() {
    const ELK = require(path.join(modules, 'elkjs/lib/elk.bundled.js'));
    const root = {
        id: 'root',
        layoutOptions: {
            'elk.algorithm': 'layered',
            'elk.direction': 'DOWN',
            'elk.spacing.nodeNode': String(graph.node_gap),
            'elk.layered.spacing.nodeNodeBetweenLayers': String(graph.layer_gap),
        },
        children: Array.from({ length: graph.n }, (_, i) => ({ id: 'n' + i, width: graph.w, height: graph.h })),
        edges: graph.edges.map(([a, b], k) => ({ id: 'e' + k, sources: ['n' + a], targets: ['n' + b] })),
    };
    const start = performance.now();
    new ELK().layout(root).then((laid) => {
        const ms = performance.now() - start;
        const byId = new Map(laid.edges.map((e) => [e.id, e]));
        print(ms, graph.edges.map((_, k) => {
            const points = [];
            for (const s of byId.get('e' + k).sections || []) points.push(s.startPoint, ...(s.bendPoints || []), s.endPoint);
            return points;
        }));
    });
}

if (tool === 'dagre') dagreLayout();
else if (tool === 'elkjs') elkLayout();
else {
    process.stderr.write(`unknown tool ${tool}\n`);
    process.exit(2);
}
