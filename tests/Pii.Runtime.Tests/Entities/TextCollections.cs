using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;

namespace Pii.Runtime.Tests.Entities
{
    /// <summary>
    /// Collections of text of every other kind: sets, immutable collections, a collection class of the project's. Before
    /// 2026-12-02 they were exported as their type's name and, when not nullable, not erased.
    /// </summary>
    public class Profile
    {
        [PersonalData("Account", Category = DataCategory.Other)]
        public ISet<string> Roles { get; set; } = new HashSet<string>();

        [PersonalData("Account", Category = DataCategory.Other)]
        public SortedSet<string> Aliases { get; set; } = new();

        [PersonalData("Account", Category = DataCategory.Other)]
        public ImmutableList<string> Languages { get; set; } = ImmutableList<string>.Empty;

        [PersonalData("Account", Category = DataCategory.Other, Erasure = ErasureStrategy.Anonymize)]
        public Nicknames Nicknames { get; set; } = new();

        [PersonalData("Account", Category = DataCategory.Other)]
        public IImmutableSet<string>? Badges { get; set; }
    }

    /// <summary>
    /// <c>ImmutableArray&lt;string&gt;</c>: a struct, whose default value throws when enumerated. Before 2026-12-02 it was
    /// exported as its type's name, and erasing a default one threw.
    /// </summary>
    public class Passport
    {
        [PersonalData("Account", Category = DataCategory.Other)]
        public ImmutableArray<string> Names { get; set; }

        [PersonalData("Account", Category = DataCategory.Other)]
        public ImmutableArray<string>? Stamps { get; set; }

        [SensitivePersonalData("Account", SpecialCategory.Health, SpecialCategoryCondition.ExplicitConsent, Category = DataCategory.Other)]
        public ImmutableArray<string> Allergies { get; set; }
    }

    /// <summary>A collection class of the project's.</summary>
    public class Nicknames : Collection<string>
    {
    }
}
