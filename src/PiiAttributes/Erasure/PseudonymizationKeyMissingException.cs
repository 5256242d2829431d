using System;

namespace Pii.Erasure
{
    /// <summary>A member is pseudonymized on erasure but the request carries no key. Pii never makes up a key.</summary>
    public sealed class PseudonymizationKeyMissingException : InvalidOperationException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">Which member needs the key, and how to give one.</param>
        public PseudonymizationKeyMissingException(string message)
            : base(message)
        {
        }
    }
}
