/** Same origin as the page: the server answers it with the emulator, or signs and forwards it to AWS. */
export const CLOUDTRAIL_ENDPOINT = `${window.location.origin}/cloudtrail`;
