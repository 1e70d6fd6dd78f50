// The qrcode package ships no types; this is the one call the printed resident card makes.
declare module 'qrcode' {
  interface ToDataURLOptions {
    errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
    margin?: number;
    width?: number;
    color?: { dark?: string; light?: string };
  }
  const QRCode: { toDataURL(text: string, options?: ToDataURLOptions): Promise<string> };
  export default QRCode;
}
