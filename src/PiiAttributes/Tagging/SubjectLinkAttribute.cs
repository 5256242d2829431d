using System;

namespace Pii
{
    /// <summary>
    /// Marks the foreign key that links a dependent entity (an order, an e-mail event) to its data subject,
    /// or to another entity that is itself linked to one. Without it, a member named <c>{Subject}Id</c> links
    /// the entity when exactly one data subject type has that name.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
    public sealed class SubjectLinkAttribute : Attribute
    {
        /// <summary>Links the entity to <paramref name="target"/> through the tagged member.</summary>
        /// <param name="target">The data subject type, or an entity type linked to one.</param>
        public SubjectLinkAttribute(Type target)
        {
            Target = target;
        }

        /// <summary>Gets the type the member links to.</summary>
        public Type Target { get; }
    }
}
