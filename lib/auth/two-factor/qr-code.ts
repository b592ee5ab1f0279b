import QRCode from "qrcode";

/** The otpauth:// address as an SVG QR code, drawn on the server so the page needs no script. */
export async function qrCodeSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
}
