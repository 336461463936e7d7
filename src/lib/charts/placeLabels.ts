/**
 * Where stacked labels go when several want the same place: each label is a band of its own height,
 * the bands keep the order of the places they want, never overlap, stay inside [min, max], and move as
 * little as they can. Overlapping labels are pooled into a block that sits at the mean of what its
 * members want (the least-squares position, pool-adjacent-violators as in isotonic regression), so a
 * crowd of end labels spreads evenly round its lines instead of being pushed all one way.
 */

export interface WantedLabel {
	/** Where the label's centre would be, alone. */
	y: number;
	/** The label's height. */
	height: number;
}

interface Block {
	/** Indices into the input, in placing order. */
	items: number[];
	/** Top of the block; members follow one another from it. */
	top: number;
	height: number;
	/** Sum over members of (wanted top − offset in the block): the block's best top is its mean. */
	sum: number;
}

/**
 * placeLabels(wanted, min, max, gap) returns each label's centre, in input order. Labels keep the order
 * of their wanted centres (ties keep input order), at least `gap` apart, inside [min, max] when they
 * fit; when they do not, they stack down from min.
 */
export function placeLabels(
	wanted: readonly WantedLabel[],
	min: number,
	max: number,
	gap = 0
): number[] {
	const order = wanted.map((_, i) => i).sort((a, b) => wanted[a]!.y - wanted[b]!.y || a - b);
	const blocks: Block[] = [];
	const clamp = (b: Block) => {
		const best = b.sum / b.items.length;
		b.top = Math.max(min, Math.min(max - b.height, best));
	};
	for (const i of order) {
		const w = wanted[i]!;
		const b: Block = { items: [i], top: 0, height: w.height, sum: w.y - w.height / 2 };
		clamp(b);
		blocks.push(b);
		// Pool with the block above while the two overlap.
		while (blocks.length > 1) {
			const cur = blocks[blocks.length - 1]!;
			const prev = blocks[blocks.length - 2]!;
			if (prev.top + prev.height + gap <= cur.top + 1e-9) break;
			const shift = prev.height + gap;
			prev.sum += cur.sum - shift * cur.items.length;
			prev.items.push(...cur.items);
			prev.height += gap + cur.height;
			blocks.pop();
			clamp(prev);
		}
	}
	const out = new Array<number>(wanted.length);
	for (const b of blocks) {
		let top = b.top;
		for (const i of b.items) {
			const h = wanted[i]!.height;
			out[i] = top + h / 2;
			top += h + gap;
		}
	}
	return out;
}
