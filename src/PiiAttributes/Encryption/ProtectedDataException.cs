#if NET
using System;

namespace Pii.Encryption
{
    /// <summary>
    /// A protected value could not be read: it is not an envelope, its key is gone, it was changed or moved, or it does
    /// not hold the type asked for. No part of the value is returned, and the message names the context and the key
    /// id, never the value.
    /// </summary>
    public sealed class ProtectedDataException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="failure">Why the value could not be read.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.Email</c>.</param>
        /// <param name="keyId">The key id of the envelope, when it could be read.</param>
        /// <param name="message">The message: it names the context and the key id, never the value.</param>
        /// <param name="innerException">The cause, if any.</param>
        public ProtectedDataException(ProtectedDataFailure failure, string context, string? keyId, string message, Exception? innerException = null)
            : base(message, innerException)
        {
            Failure = failure;
            Context = context ?? string.Empty;
            KeyId = keyId;
        }

        /// <summary>Gets why the value could not be read.</summary>
        public ProtectedDataFailure Failure { get; }

        /// <summary>Gets the key id written in the envelope, or null when the envelope is too broken to name one.</summary>
        public string? KeyId { get; }

        /// <summary>Gets the context the value was read for, for example <c>Shop.Customer.Email</c>.</summary>
        public string Context { get; }

        internal static ProtectedDataException NotProtected(string context, ReadOnlySpan<byte> stored) =>
            stored.Length >= 3 && stored[0] == Envelope.Magic0 && stored[1] == Envelope.Magic1
                ? new(ProtectedDataFailure.NotProtected, context, null, $"The protected value of {context} is an envelope of version {stored[2]}, which this version of Pii does not read. It is not returned.")
                : new(ProtectedDataFailure.NotProtected, context, null, $"The stored value of {context} is not a protected value: it does not start with a Pii envelope. It is not returned.");

        internal static ProtectedDataException MalformedEnvelope(string context, string problem) =>
            new(ProtectedDataFailure.Malformed, context, null, $"The protected value of {context} is malformed: {problem}. It is not returned.");

        internal static ProtectedDataException UnknownKey(string context, string keyId) =>
            new(ProtectedDataFailure.UnknownKey, context, keyId, $"The protected value of {context} is encrypted under key '{keyId}', which the key ring does not have (destroyed or not loaded).");

        internal static ProtectedDataException Tampered(string context, string keyId, Exception innerException) =>
            new(ProtectedDataFailure.Tampered, context, keyId, $"The protected value of {context} was changed or belongs elsewhere: authentication failed under key '{keyId}'. It is not returned.", innerException);

        internal static ProtectedDataException WrongType(string context, string keyId, string typeName, int length, int expectedLength) =>
            new(ProtectedDataFailure.Malformed, context, keyId, $"The protected value of {context} (key '{keyId}') is authentic but does not hold a value of type {typeName}: it has {length} bytes where {expectedLength} were expected. It is not returned.");

        internal static ProtectedDataException InvalidValue(string context, string keyId, string typeName) =>
            new(ProtectedDataFailure.Malformed, context, keyId, $"The protected value of {context} (key '{keyId}') is authentic but does not hold a valid value of type {typeName}. It is not returned.");
    }
}
#endif
