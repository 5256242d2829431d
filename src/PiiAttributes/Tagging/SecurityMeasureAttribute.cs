using System;

namespace Pii
{
    /// <summary>
    /// Describes one technical or organisational security measure for the record of processing (Art. 30(1)(g) and
    /// Art. 32), for example <c>"Data encrypted at rest with AES-256"</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class SecurityMeasureAttribute : Attribute
    {
        /// <summary>Describes the measure.</summary>
        /// <param name="description">The measure, in one sentence.</param>
        public SecurityMeasureAttribute(string description) => Description = description;

        /// <summary>Gets the measure's description.</summary>
        public string Description { get; }
    }
}
