#if NET
using System;
using System.Buffers.Binary;
using System.Text;

namespace Pii.Encryption
{
    /// <summary>
    /// Encodes member values to bytes and encrypts them (<see cref="PersonalDataProtector"/>), and back, without
    /// reflection: one <c>Protect</c> overload and one <c>Unprotect…</c> method per supported type, so that a generated
    /// EF Core value converter is two method calls, for example
    /// <c>value =&gt; PersonalDataCodec.Protect(value, keyRing, "Shop.Customer.Email")</c> and
    /// <c>stored =&gt; PersonalDataCodec.UnprotectString(stored, keyRing, "Shop.Customer.Email")</c>.
    /// </summary>
    /// <remarks>
    /// Each type has a fixed binary encoding (docs/encryption.md), written with <see cref="BinaryPrimitives"/>; text is
    /// UTF-8. An envelope that decrypts but does not hold a value of the type asked for (another length, an impossible
    /// value) throws <see cref="ProtectedDataException"/> with <see cref="ProtectedDataFailure.Malformed"/>. Plaintext is
    /// encoded straight into the envelope and encrypted there; decrypted plaintext is decoded from a stack or pooled
    /// buffer that is zeroed afterwards. Null values are not encoded: EF Core does not pass them to a value converter.
    /// </remarks>
    public static class PersonalDataCodec
    {
        private const int DecimalLength = 16;
        private const int GuidLength = 16;
        private const int DateTimeOffsetLength = 10;
        private const int DateTimeKindShift = 62;
        private const ulong TicksMask = (1UL << DateTimeKindShift) - 1;

        /// <summary>Room on the stack for a decrypted fixed-size value (the longest, decimal and Guid, have 16 bytes).</summary>
        private const int FixedBuffer = 16;

        /// <summary>Room on the stack for decrypted text; longer text is decrypted into a pooled array.</summary>
        private const int TextBuffer = 256;

        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>Encrypts text, encoded as UTF-8.</summary>
        /// <param name="value">The text; every character, including non-ASCII ones, is kept.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.Email</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="value"/>, <paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty, or the text has a lone surrogate, which UTF-8 cannot hold.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(string value, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(value);
            PersonalDataProtector.RequireArguments(keyRing, context);
            int length;
            try
            {
                length = StrictUtf8.GetByteCount(value);
            }
            catch (EncoderFallbackException)
            {
                throw new ArgumentException($"The text for {context} has a lone surrogate (half of a UTF-16 pair), so it cannot be stored as UTF-8 without changing it.", nameof(value));
            }

            var sealer = new EnvelopeSealer(keyRing, context, length);
            StrictUtf8.GetBytes(value, sealer.Plaintext);
            return sealer.Seal();
        }

        /// <summary>Decrypts text.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The text.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>); invalid UTF-8 is <see cref="ProtectedDataFailure.Malformed"/>.</exception>
        public static string UnprotectString(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            Span<byte> buffer = stackalloc byte[TextBuffer];
            using OpenedValue opened = PersonalDataProtector.Open(envelope, keyRing, context, buffer);
            try
            {
                return StrictUtf8.GetString(opened.Bytes);
            }
            catch (DecoderFallbackException)
            {
                throw opened.Invalid("string");
            }
        }

        /// <summary>Encrypts bytes as they are.</summary>
        /// <param name="value">The bytes.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.Photo</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="value"/>, <paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(byte[] value, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(value);
            return PersonalDataProtector.Protect(value, keyRing, context);
        }

        /// <summary>Decrypts bytes.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>A new array with the bytes.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>).</exception>
        public static byte[] UnprotectBytes(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            return PersonalDataProtector.Unprotect(envelope, keyRing, context);
        }

        /// <summary>Encrypts a <see cref="Boolean"/>: one byte, <c>0x00</c> or <c>0x01</c>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.Boolean</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(bool value, IPersonalDataKeyRing keyRing, string context)
        {
            var sealer = new EnvelopeSealer(keyRing, context, 1);
            sealer.Plaintext[0] = value ? (byte)1 : (byte)0;
            return sealer.Seal();
        }

        /// <summary>Decrypts a <see cref="Boolean"/>.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>); a plaintext that is not a bool is <see cref="ProtectedDataFailure.Malformed"/>.</exception>
        public static bool UnprotectBoolean(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            Span<byte> buffer = stackalloc byte[FixedBuffer];
            using OpenedValue opened = PersonalDataProtector.Open(envelope, keyRing, context, buffer);
            ReadOnlySpan<byte> bytes = opened.Exactly(1, "bool");
            return bytes[0] switch
            {
                0 => false,
                1 => true,
                _ => throw opened.Invalid("bool"),
            };
        }

        /// <summary>Encrypts a <see cref="Byte"/>: one byte.</summary>
        /// <param name="value">The value.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.Byte</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(byte value, IPersonalDataKeyRing keyRing, string context)
        {
            var sealer = new EnvelopeSealer(keyRing, context, 1);
            sealer.Plaintext[0] = value;
            return sealer.Seal();
        }

        /// <summary>Decrypts a <see cref="Byte"/>.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>); a plaintext that is not a byte is <see cref="ProtectedDataFailure.Malformed"/>.</exception>
        public static byte UnprotectByte(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            Span<byte> buffer = stackalloc byte[FixedBuffer];
            using OpenedValue opened = PersonalDataProtector.Open(envelope, keyRing, context, buffer);
            return opened.Exactly(1, "byte")[0];
        }

        /// <summary>Encrypts a <see cref="Int16"/>: 2 bytes, little-endian.</summary>
        /// <param name="value">The value.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.Int16</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(short value, IPersonalDataKeyRing keyRing, string context)
        {
            var sealer = new EnvelopeSealer(keyRing, context, 2);
            BinaryPrimitives.WriteInt16LittleEndian(sealer.Plaintext, value);
            return sealer.Seal();
        }

        /// <summary>Decrypts a <see cref="Int16"/>.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>); a plaintext that is not a short is <see cref="ProtectedDataFailure.Malformed"/>.</exception>
        public static short UnprotectInt16(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            Span<byte> buffer = stackalloc byte[FixedBuffer];
            using OpenedValue opened = PersonalDataProtector.Open(envelope, keyRing, context, buffer);
            return BinaryPrimitives.ReadInt16LittleEndian(opened.Exactly(2, "short"));
        }

        /// <summary>Encrypts a <see cref="Int32"/>: 4 bytes, little-endian.</summary>
        /// <param name="value">The value.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.Int32</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(int value, IPersonalDataKeyRing keyRing, string context)
        {
            var sealer = new EnvelopeSealer(keyRing, context, 4);
            BinaryPrimitives.WriteInt32LittleEndian(sealer.Plaintext, value);
            return sealer.Seal();
        }

        /// <summary>Decrypts a <see cref="Int32"/>.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>); a plaintext that is not a int is <see cref="ProtectedDataFailure.Malformed"/>.</exception>
        public static int UnprotectInt32(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            Span<byte> buffer = stackalloc byte[FixedBuffer];
            using OpenedValue opened = PersonalDataProtector.Open(envelope, keyRing, context, buffer);
            return BinaryPrimitives.ReadInt32LittleEndian(opened.Exactly(4, "int"));
        }

        /// <summary>Encrypts a <see cref="Int64"/>: 8 bytes, little-endian.</summary>
        /// <param name="value">The value.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.Int64</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(long value, IPersonalDataKeyRing keyRing, string context)
        {
            var sealer = new EnvelopeSealer(keyRing, context, 8);
            BinaryPrimitives.WriteInt64LittleEndian(sealer.Plaintext, value);
            return sealer.Seal();
        }

        /// <summary>Decrypts a <see cref="Int64"/>.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>); a plaintext that is not a long is <see cref="ProtectedDataFailure.Malformed"/>.</exception>
        public static long UnprotectInt64(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            Span<byte> buffer = stackalloc byte[FixedBuffer];
            using OpenedValue opened = PersonalDataProtector.Open(envelope, keyRing, context, buffer);
            return BinaryPrimitives.ReadInt64LittleEndian(opened.Exactly(8, "long"));
        }

        /// <summary>Encrypts a <see cref="Single"/>: 4 bytes, IEEE 754 little-endian (every bit kept, NaN payloads too).</summary>
        /// <param name="value">The value.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.Single</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(float value, IPersonalDataKeyRing keyRing, string context)
        {
            var sealer = new EnvelopeSealer(keyRing, context, 4);
            BinaryPrimitives.WriteSingleLittleEndian(sealer.Plaintext, value);
            return sealer.Seal();
        }

        /// <summary>Decrypts a <see cref="Single"/>.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>); a plaintext that is not a float is <see cref="ProtectedDataFailure.Malformed"/>.</exception>
        public static float UnprotectSingle(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            Span<byte> buffer = stackalloc byte[FixedBuffer];
            using OpenedValue opened = PersonalDataProtector.Open(envelope, keyRing, context, buffer);
            return BinaryPrimitives.ReadSingleLittleEndian(opened.Exactly(4, "float"));
        }

        /// <summary>Encrypts a <see cref="Double"/>: 8 bytes, IEEE 754 little-endian (every bit kept, NaN payloads too).</summary>
        /// <param name="value">The value.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.Double</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(double value, IPersonalDataKeyRing keyRing, string context)
        {
            var sealer = new EnvelopeSealer(keyRing, context, 8);
            BinaryPrimitives.WriteDoubleLittleEndian(sealer.Plaintext, value);
            return sealer.Seal();
        }

        /// <summary>Decrypts a <see cref="Double"/>.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>); a plaintext that is not a double is <see cref="ProtectedDataFailure.Malformed"/>.</exception>
        public static double UnprotectDouble(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            Span<byte> buffer = stackalloc byte[FixedBuffer];
            using OpenedValue opened = PersonalDataProtector.Open(envelope, keyRing, context, buffer);
            return BinaryPrimitives.ReadDoubleLittleEndian(opened.Exactly(8, "double"));
        }

        /// <summary>Encrypts a <see cref="Decimal"/>: 16 bytes: the four 32-bit parts of <see cref="decimal.GetBits(decimal)"/> (low, middle, high, flags), each little-endian; the scale is kept (<c>1.50m</c> stays <c>1.50m</c>).</summary>
        /// <param name="value">The value.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.Decimal</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(decimal value, IPersonalDataKeyRing keyRing, string context)
        {
            var sealer = new EnvelopeSealer(keyRing, context, DecimalLength);
            WriteDecimal(sealer.Plaintext, value);
            return sealer.Seal();
        }

        /// <summary>Decrypts a <see cref="Decimal"/>.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>); a plaintext that is not a decimal is <see cref="ProtectedDataFailure.Malformed"/>.</exception>
        public static decimal UnprotectDecimal(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            Span<byte> buffer = stackalloc byte[FixedBuffer];
            using OpenedValue opened = PersonalDataProtector.Open(envelope, keyRing, context, buffer);
            return ReadDecimal(opened.Exactly(DecimalLength, "decimal")) ?? throw opened.Invalid("decimal");
        }

        /// <summary>Encrypts a <see cref="Guid"/>: 16 bytes, in the order of <see cref="Guid.ToByteArray()"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.Guid</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(Guid value, IPersonalDataKeyRing keyRing, string context)
        {
            var sealer = new EnvelopeSealer(keyRing, context, GuidLength);
            value.TryWriteBytes(sealer.Plaintext);
            return sealer.Seal();
        }

        /// <summary>Decrypts a <see cref="Guid"/>.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>); a plaintext that is not a Guid is <see cref="ProtectedDataFailure.Malformed"/>.</exception>
        public static Guid UnprotectGuid(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            Span<byte> buffer = stackalloc byte[FixedBuffer];
            using OpenedValue opened = PersonalDataProtector.Open(envelope, keyRing, context, buffer);
            return new Guid(opened.Exactly(GuidLength, "Guid"));
        }

        /// <summary>Encrypts a <see cref="DateTime"/>: 8 bytes, little-endian: the ticks in the low 62 bits and the <see cref="DateTimeKind"/> in the top 2, so the kind is kept and a local time is not converted.</summary>
        /// <param name="value">The value.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.DateTime</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(DateTime value, IPersonalDataKeyRing keyRing, string context)
        {
            var sealer = new EnvelopeSealer(keyRing, context, 8);
            BinaryPrimitives.WriteUInt64LittleEndian(sealer.Plaintext, (ulong)value.Ticks | ((ulong)value.Kind << DateTimeKindShift));
            return sealer.Seal();
        }

        /// <summary>Decrypts a <see cref="DateTime"/>.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>); a plaintext that is not a DateTime is <see cref="ProtectedDataFailure.Malformed"/>.</exception>
        public static DateTime UnprotectDateTime(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            Span<byte> buffer = stackalloc byte[FixedBuffer];
            using OpenedValue opened = PersonalDataProtector.Open(envelope, keyRing, context, buffer);
            ulong packed = BinaryPrimitives.ReadUInt64LittleEndian(opened.Exactly(8, "DateTime"));
            long ticks = (long)(packed & TicksMask);
            ulong kind = packed >> DateTimeKindShift;
            return ticks <= DateTime.MaxValue.Ticks && kind <= (ulong)DateTimeKind.Local
                ? new DateTime(ticks, (DateTimeKind)kind)
                : throw opened.Invalid("DateTime");
        }

        /// <summary>Encrypts a <see cref="DateTimeOffset"/>: 10 bytes, little-endian: the UTC ticks (8), then the offset in minutes (2, signed), so the offset is kept.</summary>
        /// <param name="value">The value.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.DateTimeOffset</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(DateTimeOffset value, IPersonalDataKeyRing keyRing, string context)
        {
            var sealer = new EnvelopeSealer(keyRing, context, DateTimeOffsetLength);
            WriteDateTimeOffset(sealer.Plaintext, value);
            return sealer.Seal();
        }

        /// <summary>Decrypts a <see cref="DateTimeOffset"/>.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>); a plaintext that is not a DateTimeOffset is <see cref="ProtectedDataFailure.Malformed"/>.</exception>
        public static DateTimeOffset UnprotectDateTimeOffset(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            Span<byte> buffer = stackalloc byte[FixedBuffer];
            using OpenedValue opened = PersonalDataProtector.Open(envelope, keyRing, context, buffer);
            return ReadDateTimeOffset(opened.Exactly(DateTimeOffsetLength, "DateTimeOffset")) ?? throw opened.Invalid("DateTimeOffset");
        }

        /// <summary>Encrypts a <see cref="DateOnly"/>: 4 bytes, little-endian: the day number.</summary>
        /// <param name="value">The value.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.DateOnly</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(DateOnly value, IPersonalDataKeyRing keyRing, string context)
        {
            var sealer = new EnvelopeSealer(keyRing, context, 4);
            BinaryPrimitives.WriteInt32LittleEndian(sealer.Plaintext, value.DayNumber);
            return sealer.Seal();
        }

        /// <summary>Decrypts a <see cref="DateOnly"/>.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>); a plaintext that is not a DateOnly is <see cref="ProtectedDataFailure.Malformed"/>.</exception>
        public static DateOnly UnprotectDateOnly(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            Span<byte> buffer = stackalloc byte[FixedBuffer];
            using OpenedValue opened = PersonalDataProtector.Open(envelope, keyRing, context, buffer);
            int dayNumber = BinaryPrimitives.ReadInt32LittleEndian(opened.Exactly(4, "DateOnly"));
            return dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber
                ? DateOnly.FromDayNumber(dayNumber)
                : throw opened.Invalid("DateOnly");
        }

        /// <summary>Encrypts a <see cref="TimeOnly"/>: 8 bytes, little-endian: the ticks since midnight.</summary>
        /// <param name="value">The value.</param>
        /// <param name="keyRing">The application's keys; the value is encrypted under the current one.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.TimeOnly</c>; bound to the value.</param>
        /// <returns>The envelope.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(TimeOnly value, IPersonalDataKeyRing keyRing, string context)
        {
            var sealer = new EnvelopeSealer(keyRing, context, 8);
            BinaryPrimitives.WriteInt64LittleEndian(sealer.Plaintext, value.Ticks);
            return sealer.Seal();
        }

        /// <summary>Decrypts a <see cref="TimeOnly"/>.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The value.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ProtectedDataException">The value cannot be read (see <see cref="ProtectedDataFailure"/>); a plaintext that is not a TimeOnly is <see cref="ProtectedDataFailure.Malformed"/>.</exception>
        public static TimeOnly UnprotectTimeOnly(byte[] envelope, IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            Span<byte> buffer = stackalloc byte[FixedBuffer];
            using OpenedValue opened = PersonalDataProtector.Open(envelope, keyRing, context, buffer);
            long ticks = BinaryPrimitives.ReadInt64LittleEndian(opened.Exactly(8, "TimeOnly"));
            return ticks >= 0 && ticks <= TimeOnly.MaxValue.Ticks ? new TimeOnly(ticks) : throw opened.Invalid("TimeOnly");
        }

        private static void WriteDecimal(Span<byte> destination, decimal value)
        {
            Span<int> parts = stackalloc int[4];
            decimal.GetBits(value, parts);
            for (int i = 0; i < 4; i++)
            {
                BinaryPrimitives.WriteInt32LittleEndian(destination.Slice(i * 4), parts[i]);
            }
        }

        /// <summary>Reads a decimal, or null when the flags are not a decimal's (bits other than sign and scale, or a scale above 28).</summary>
        private static decimal? ReadDecimal(ReadOnlySpan<byte> source)
        {
            int low = BinaryPrimitives.ReadInt32LittleEndian(source);
            int middle = BinaryPrimitives.ReadInt32LittleEndian(source.Slice(4));
            int high = BinaryPrimitives.ReadInt32LittleEndian(source.Slice(8));
            int flags = BinaryPrimitives.ReadInt32LittleEndian(source.Slice(12));
            int scale = (flags >> 16) & 0xFF;
            if ((flags & 0x7F00FFFF) != 0 || scale > 28)
            {
                return null;
            }

            return new decimal(low, middle, high, flags < 0, (byte)scale);
        }

        private static void WriteDateTimeOffset(Span<byte> destination, DateTimeOffset value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(destination, value.UtcTicks);
            BinaryPrimitives.WriteInt16LittleEndian(destination.Slice(8), (short)(value.Offset.Ticks / TimeSpan.TicksPerMinute));
        }

        /// <summary>Reads a DateTimeOffset, or null when the ticks, the offset (at most 14 hours) or the local time are out of range.</summary>
        private static DateTimeOffset? ReadDateTimeOffset(ReadOnlySpan<byte> source)
        {
            long utcTicks = BinaryPrimitives.ReadInt64LittleEndian(source);
            short offsetMinutes = BinaryPrimitives.ReadInt16LittleEndian(source.Slice(8));
            if (utcTicks < 0 || utcTicks > DateTime.MaxValue.Ticks || offsetMinutes < -14 * 60 || offsetMinutes > 14 * 60)
            {
                return null;
            }

            long clockTicks = utcTicks + (offsetMinutes * TimeSpan.TicksPerMinute);
            if (clockTicks < 0 || clockTicks > DateTime.MaxValue.Ticks)
            {
                return null;
            }

            return new DateTimeOffset(clockTicks, TimeSpan.FromMinutes(offsetMinutes));
        }
    }
}
#endif
