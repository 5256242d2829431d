using System;
using Microsoft.Extensions.Compliance.Classification;

namespace Pii.Compliance
{
    /// <summary>
    /// Classifies a <c>[LoggerMessage]</c> parameter or a property logged with <c>[LogProperties]</c> as
    /// personal data shown as a keyed hash with the key's id, <c>hmac:k2:...</c> (<see cref="PiiClassifications.KeyedHash"/>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
    public sealed class KeyedHashDataClassificationAttribute : DataClassificationAttribute
    {
        /// <summary>Initializes a new instance of the <see cref="KeyedHashDataClassificationAttribute"/> class.</summary>
        public KeyedHashDataClassificationAttribute()
            : base(PiiClassifications.KeyedHash)
        {
        }
    }
}
