using System;

namespace Pii.Erasure
{
    /// <summary>One purpose of a tagged member, as the generated code declares it: name, legal basis and retention.</summary>
    public sealed class PurposeTag
    {
        /// <summary>Creates the tag.</summary>
        /// <param name="name">The purpose's name.</param>
        /// <param name="legalBasis">The purpose's legal basis.</param>
        /// <param name="retention">The retention, or <see langword="null"/> when none is declared.</param>
        public PurposeTag(string name, LegalBasis legalBasis, IsoDuration? retention)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            LegalBasis = legalBasis;
            Retention = retention;
        }

        /// <summary>Gets the purpose's name.</summary>
        public string Name { get; }

        /// <summary>Gets the legal basis.</summary>
        public LegalBasis LegalBasis { get; }

        /// <summary>Gets the retention.</summary>
        public IsoDuration? Retention { get; }
    }
}
