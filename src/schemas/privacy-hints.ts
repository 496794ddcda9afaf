/** Editor hints repeated on every field where people write free text about their work. */
export const noChildDetails = 'Schrijf geen namen of herkenbare details van kinderen of ouders.';
export const noContactDetails = 'Zet hier geen e-mailadressen of telefoonnummers: die staan alleen in de profielen bij Wie weet wat.';
