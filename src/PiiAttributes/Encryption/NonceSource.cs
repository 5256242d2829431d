#if NET
using System;
using System.Security.Cryptography;

namespace Pii.Encryption
{
    /// <summary>
    /// Random 12-byte nonces from the operating system's generator (<see cref="RandomNumberGenerator"/>), drawn 64 at a
    /// time per thread: one call for 768 bytes costs about what one call for 12 costs. Each slice is handed out once and
    /// then cleared; threads never share a batch.
    /// </summary>
    internal static class NonceSource
    {
        private const int BatchLength = 64 * Envelope.NonceLength;

        [ThreadStatic]
        private static byte[]? t_batch;

        [ThreadStatic]
        private static int t_used;

        /// <summary>Fills a nonce with bytes no other call gets.</summary>
        public static void Fill(Span<byte> nonce)
        {
            byte[]? batch = t_batch;
            int used = t_used;
            if (batch is null)
            {
                batch = t_batch = new byte[BatchLength];
                used = BatchLength;
            }

            if (BatchLength - used < nonce.Length)
            {
                RandomNumberGenerator.Fill(batch);
                used = 0;
            }

            t_used = used + nonce.Length;
            Span<byte> slice = batch.AsSpan(used, nonce.Length);
            slice.CopyTo(nonce);
            slice.Clear();
        }
    }
}
#endif
