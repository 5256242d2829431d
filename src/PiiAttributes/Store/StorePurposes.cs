using System;
using Pii.Erasure;

namespace Pii.Store
{
    /// <summary>Checks the purposes an erasure request names against the purposes a context's members are tagged with; for generated code.</summary>
    public static class StorePurposes
    {
        /// <summary>Throws when the request names a purpose no member is tagged with: a misspelt purpose would otherwise erase nothing, silently.</summary>
        /// <param name="request">The request.</param>
        /// <param name="known">The purposes of the context's members, in ordinal order.</param>
        /// <param name="context">The context's name, for the message.</param>
        /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="known"/> is null.</exception>
        /// <exception cref="ArgumentException">The request names an unknown purpose; the message lists the known ones.</exception>
        public static void RequireKnown(ErasureRequest request, string[] known, string context)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            if (known is null)
            {
                throw new ArgumentNullException(nameof(known));
            }

            if (request.Purposes is not { } purposes)
            {
                return;
            }

            foreach (string purpose in purposes)
            {
                if (Array.BinarySearch(known, purpose, StringComparer.Ordinal) < 0)
                {
                    throw new ArgumentException(
                        $"The erasure request names the purpose '{purpose}', which no member of {context} is tagged with. Its purposes are {string.Join(", ", known)} (names are compared exactly, case included); nothing was erased.",
                        nameof(request));
                }
            }
        }
    }
}
