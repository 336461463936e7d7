import { describe, expect, it } from 'vitest';
import { dataset } from '../../../tests/unit/loadData';
import { editorInput, tourCards } from './tourPages';

describe('tourPages', () => {
	it('tourCards(tours) keeps each tour’s id, title and description, and counts its stops', () => {
		const cards = tourCards(dataset.tours);
		expect(cards.map((c) => c.id)).toEqual(dataset.tours.map((t) => t.id));
		expect(cards[0]).toEqual({
			id: dataset.tours[0]!.id,
			title: dataset.tours[0]!.title,
			description: dataset.tours[0]!.description,
			stopCount: dataset.tours[0]!.stops.length
		});
	});
	it('editorInput(dataset) gives every event as its id and title only, and the bundled tours’ ids', () => {
		const input = editorInput(dataset);
		expect(input.events).toEqual(dataset.events.map((e) => ({ id: e.id, title: e.title })));
		expect(input.tourIds).toEqual(dataset.tours.map((t) => t.id));
	});
});
