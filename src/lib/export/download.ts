/** Saving a file from the page: a Blob behind a temporary link, so it works offline and from file://. */
export function download(filename: string, data: Blob | string, type = 'text/plain') {
	const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
