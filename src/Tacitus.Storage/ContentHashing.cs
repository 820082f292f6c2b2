using System.Security.Cryptography;
using System.Text;

namespace Tacitus.Storage;

/// <summary>Content identity of a document: SHA-256 of its UTF-8 text, in lower-case hex.</summary>
public static class ContentHashing
{
    public static string Of(string text)
    {
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(max);
        try
        {
            int n = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer.AsSpan(0, n), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
