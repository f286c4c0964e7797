public import Foundation
import ZIPFoundation

/// A decoded 8-bit RGB or RGBA PNG, enough to cut one screenshot of many charts into one
/// picture per chart (one Chromium start instead of one per chart).
public struct PNGImage: Sendable {
    public let width: Int
    public let height: Int
    /// Bytes per pixel: 3 (RGB) or 4 (RGBA).
    let channels: Int
    /// Unfiltered pixel rows, `width * channels` bytes each.
    let pixels: [UInt8]

    /// Errors reading a PNG.
    public struct DecodingError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    private static let signature: [UInt8] = [137, 80, 78, 71, 13, 10, 26, 10]

    public init(data: Data) throws(DecodingError) {
        let bytes = [UInt8](data)
        guard bytes.count > 8, Array(bytes[0..<8]) == Self.signature else { throw DecodingError(description: "not a PNG file") }
        var offset = 8
        var width = 0, height = 0, channels = 0
        var compressed = Data()
        while offset + 8 <= bytes.count {
            let length = Int(Self.uint32(bytes, offset))
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            let start = offset + 8
            guard start + length + 4 <= bytes.count else { throw DecodingError(description: "truncated \(type) chunk") }
            switch type {
            case "IHDR":
                width = Int(Self.uint32(bytes, start))
                height = Int(Self.uint32(bytes, start + 4))
                let depth = bytes[start + 8], colour = bytes[start + 9], interlace = bytes[start + 12]
                guard depth == 8, colour == 2 || colour == 6, interlace == 0 else {
                    throw DecodingError(description: "only 8-bit RGB/RGBA non-interlaced PNGs are supported (depth \(depth), colour type \(colour))")
                }
                channels = colour == 6 ? 4 : 3
            case "IDAT":
                compressed.append(contentsOf: bytes[start..<start + length])
            default:
                break
            }
            offset = start + length + 4
            if type == "IEND" { break }
        }
        guard width > 0, height > 0, compressed.count > 6 else { throw DecodingError(description: "no image data") }
        // A zlib stream: two header bytes, raw deflate, four bytes of Adler-32.
        let deflated = compressed.subdata(in: 2..<compressed.count - 4)
        var raw = Data()
        do {
            _ = try Data.decompress(
                size: Int64(deflated.count), bufferSize: 64 * 1024, skipCRC32: true,
                provider: { position, size in
                    deflated.subdata(in: min(Int(position), deflated.count)..<min(Int(position) + size, deflated.count))
                }, consumer: { raw.append($0) })
        } catch {
            throw DecodingError(description: "the image data cannot be inflated: \(error)")
        }
        let stride = width * channels
        guard raw.count >= height * (stride + 1) else { throw DecodingError(description: "the image data is too short") }
        self.width = width
        self.height = height
        self.channels = channels
        self.pixels = Self.unfilter([UInt8](raw), height: height, stride: stride, channels: channels)
    }

    private init(width: Int, height: Int, channels: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.channels = channels
        self.pixels = pixels
    }

    /// The rectangle `x..<x+width`, `y..<y+height` (clamped to the image).
    public func cropped(x: Int, y: Int, width: Int, height: Int) -> PNGImage {
        let x0 = max(0, min(x, self.width)), y0 = max(0, min(y, self.height))
        let w = max(1, min(width, self.width - x0)), h = max(1, min(height, self.height - y0))
        var out = [UInt8]()
        out.reserveCapacity(w * h * channels)
        let stride = self.width * channels
        for row in y0..<y0 + h {
            let start = row * stride + x0 * channels
            out.append(contentsOf: pixels[start..<start + w * channels])
        }
        return PNGImage(width: w, height: h, channels: channels, pixels: out)
    }

    /// The image as PNG bytes (filter 0 on every row, deflate-compressed).
    public func pngData() throws(DecodingError) -> Data {
        let stride = width * channels
        var raw = Data(capacity: height * (stride + 1))
        for row in 0..<height {
            raw.append(0)
            raw.append(contentsOf: pixels[row * stride..<(row + 1) * stride])
        }
        var deflated = Data()
        do {
            _ = try Data.compress(
                size: Int64(raw.count), bufferSize: 64 * 1024,
                provider: { position, size in
                    raw.subdata(in: min(Int(position), raw.count)..<min(Int(position) + size, raw.count))
                }, consumer: { deflated.append($0) })
        } catch {
            throw DecodingError(description: "the image data cannot be compressed: \(error)")
        }
        var zlib = Data([0x78, 0x9C])
        zlib.append(deflated)
        zlib.append(contentsOf: Self.bigEndian(Self.adler32(raw)))
        var header = Data()
        header.append(contentsOf: Self.bigEndian(UInt32(width)))
        header.append(contentsOf: Self.bigEndian(UInt32(height)))
        header.append(contentsOf: [8, channels == 4 ? 6 : 2, 0, 0, 0])
        var png = Data(Self.signature)
        png.append(Self.chunk("IHDR", header))
        png.append(Self.chunk("IDAT", zlib))
        png.append(Self.chunk("IEND", Data()))
        return png
    }

    private static func chunk(_ type: String, _ body: Data) -> Data {
        var chunk = Data(bigEndian(UInt32(body.count)))
        var typed = Data(type.utf8)
        typed.append(body)
        chunk.append(typed)
        chunk.append(contentsOf: bigEndian(typed.crc32(checksum: 0)))
        return chunk
    }

    // Unsafe buffers because these loops touch every byte of a large screenshot, and tests
    // run unoptimised builds where checked array access is many times slower.
    private static func unfilter(_ raw: [UInt8], height: Int, stride: Int, channels: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: height * stride)
        raw.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                guard let src = input.baseAddress, let dst = output.baseAddress else { return }
                for row in 0..<height {
                    let filter = src[row * (stride + 1)]
                    let line = src + row * (stride + 1) + 1
                    let target = dst + row * stride
                    let above: UnsafeMutablePointer<UInt8>? = row > 0 ? target - stride : nil
                    switch filter {
                    case 0:
                        target.update(from: line, count: stride)
                    case 1:
                        for i in 0..<stride { target[i] = line[i] &+ (i >= channels ? target[i - channels] : 0) }
                    case 2:
                        for i in 0..<stride { target[i] = line[i] &+ (above?[i] ?? 0) }
                    case 3:
                        for i in 0..<stride {
                            let a = i >= channels ? Int(target[i - channels]) : 0
                            let b = Int(above?[i] ?? 0)
                            target[i] = line[i] &+ UInt8((a + b) / 2)
                        }
                    default:
                        for i in 0..<stride {
                            let a = i >= channels ? Int(target[i - channels]) : 0
                            let b = Int(above?[i] ?? 0)
                            let c = i >= channels ? Int(above?[i - channels] ?? 0) : 0
                            let p = a + b - c
                            let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                            target[i] = line[i] &+ UInt8((pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c))
                        }
                    }
                }
            }
        }
        return out
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func adler32(_ data: Data) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        data.withUnsafeBytes { buffer in
            var index = 0
            while index < buffer.count {
                // 5552 bytes is the most that can be summed before the sums overflow 32 bits.
                let end = min(index + 5552, buffer.count)
                while index < end {
                    a &+= UInt32(buffer[index])
                    b &+= a
                    index += 1
                }
                a %= 65521
                b %= 65521
            }
        }
        return b << 16 | a
    }
}
