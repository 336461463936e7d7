declare module 'virtual:untoc-dataset' {
	const dataset: import('./compactDataset').CompactDataset;
	export default dataset;
}
