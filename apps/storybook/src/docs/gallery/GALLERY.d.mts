/** The pages of the Introduction's gallery and of the contact sheet. */
export declare const GALLERY: readonly { id: string; label: string }[]
