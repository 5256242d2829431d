using System;

namespace Pii
{
    /// <summary>
    /// Declares a processing purpose once for the assembly, with its legal basis and retention, so that
    /// members can be tagged with the short form <c>[PersonalData("Marketing")]</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class ProcessingPurposeAttribute : Attribute
    {
        /// <summary>Declares the purpose.</summary>
        /// <param name="name">The purpose's name, as used on the tags.</param>
        /// <param name="legalBasis">The Art. 6(1) basis of the purpose.</param>
        public ProcessingPurposeAttribute(string name, LegalBasis legalBasis)
        {
            Name = name;
            LegalBasis = legalBasis;
        }

        /// <summary>Gets the purpose's name.</summary>
        public string Name { get; }

        /// <summary>Gets the legal basis.</summary>
        public LegalBasis LegalBasis { get; }

        /// <summary>Gets or sets the retention as an ISO 8601 duration, for example <c>"P2Y"</c>.</summary>
        public string? Retention { get; set; }

        /// <summary>Gets or sets the event the retention counts from, in words.</summary>
        public string? RetentionTrigger { get; set; }

        /// <summary>Gets or sets a description for the record of processing.</summary>
        public string? Description { get; set; }
    }
}
