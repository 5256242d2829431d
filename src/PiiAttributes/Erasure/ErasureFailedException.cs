using System;

namespace Pii.Erasure
{
    /// <summary>
    /// An erasure could not be completed. Every member it had changed was restored before this was thrown:
    /// erasure is all or nothing. The message names members, never values.
    /// </summary>
    public sealed class ErasureFailedException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What failed.</param>
        /// <param name="innerException">The cause.</param>
        public ErasureFailedException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
