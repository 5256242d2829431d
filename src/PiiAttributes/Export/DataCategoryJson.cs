using System.ComponentModel;
using System.Text.Json;

namespace Pii.Export
{
    /// <summary>
    /// Each <see cref="DataCategory"/> as exports write it (<c>EmailAddress</c> → <c>email-address</c>), encoded once per
    /// process. Used by generated code, which refers to these fields instead of encoding the category of every member of
    /// every tagged type again.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class DataCategoryJson
    {
        /// <summary><c>unspecified</c>: <see cref="DataCategory.Unspecified"/>.</summary>
        public static readonly JsonEncodedText Unspecified = JsonEncodedText.Encode("unspecified");

        /// <summary><c>name</c>: <see cref="DataCategory.Name"/>.</summary>
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

        /// <summary><c>gender</c>: <see cref="DataCategory.Gender"/>.</summary>
        public static readonly JsonEncodedText Gender = JsonEncodedText.Encode("gender");

        /// <summary><c>date-of-birth</c>: <see cref="DataCategory.DateOfBirth"/>.</summary>
        public static readonly JsonEncodedText DateOfBirth = JsonEncodedText.Encode("date-of-birth");

        /// <summary><c>nationality</c>: <see cref="DataCategory.Nationality"/>.</summary>
        public static readonly JsonEncodedText Nationality = JsonEncodedText.Encode("nationality");

        /// <summary><c>national-identifier</c>: <see cref="DataCategory.NationalIdentifier"/>.</summary>
        public static readonly JsonEncodedText NationalIdentifier = JsonEncodedText.Encode("national-identifier");

        /// <summary><c>photo</c>: <see cref="DataCategory.Photo"/>.</summary>
        public static readonly JsonEncodedText Photo = JsonEncodedText.Encode("photo");

        /// <summary><c>email-address</c>: <see cref="DataCategory.EmailAddress"/>.</summary>
        public static readonly JsonEncodedText EmailAddress = JsonEncodedText.Encode("email-address");

        /// <summary><c>phone-number</c>: <see cref="DataCategory.PhoneNumber"/>.</summary>
        public static readonly JsonEncodedText PhoneNumber = JsonEncodedText.Encode("phone-number");

        /// <summary><c>postal-address</c>: <see cref="DataCategory.PostalAddress"/>.</summary>
        public static readonly JsonEncodedText PostalAddress = JsonEncodedText.Encode("postal-address");

        /// <summary><c>professional</c>: <see cref="DataCategory.Professional"/>.</summary>
        public static readonly JsonEncodedText Professional = JsonEncodedText.Encode("professional");

        /// <summary><c>education</c>: <see cref="DataCategory.Education"/>.</summary>
        public static readonly JsonEncodedText Education = JsonEncodedText.Encode("education");

        /// <summary><c>career</c>: <see cref="DataCategory.Career"/>.</summary>
        public static readonly JsonEncodedText Career = JsonEncodedText.Encode("career");

        /// <summary><c>family</c>: <see cref="DataCategory.Family"/>.</summary>
        public static readonly JsonEncodedText Family = JsonEncodedText.Encode("family");

        /// <summary><c>tax-identifier</c>: <see cref="DataCategory.TaxIdentifier"/>.</summary>
        public static readonly JsonEncodedText TaxIdentifier = JsonEncodedText.Encode("tax-identifier");

        /// <summary><c>payment-data</c>: <see cref="DataCategory.PaymentData"/>.</summary>
        public static readonly JsonEncodedText PaymentData = JsonEncodedText.Encode("payment-data");

        /// <summary><c>ip-address</c>: <see cref="DataCategory.IpAddress"/>.</summary>
        public static readonly JsonEncodedText IpAddress = JsonEncodedText.Encode("ip-address");

        /// <summary><c>device-identifier</c>: <see cref="DataCategory.DeviceIdentifier"/>.</summary>
        public static readonly JsonEncodedText DeviceIdentifier = JsonEncodedText.Encode("device-identifier");

        /// <summary><c>account-identifier</c>: <see cref="DataCategory.AccountIdentifier"/>.</summary>
        public static readonly JsonEncodedText AccountIdentifier = JsonEncodedText.Encode("account-identifier");

        /// <summary><c>credentials</c>: <see cref="DataCategory.Credentials"/>.</summary>
        public static readonly JsonEncodedText Credentials = JsonEncodedText.Encode("credentials");

        /// <summary><c>geolocation</c>: <see cref="DataCategory.Geolocation"/>.</summary>
        public static readonly JsonEncodedText Geolocation = JsonEncodedText.Encode("geolocation");

        /// <summary><c>browsing-behaviour</c>: <see cref="DataCategory.BrowsingBehaviour"/>.</summary>
        public static readonly JsonEncodedText BrowsingBehaviour = JsonEncodedText.Encode("browsing-behaviour");

        /// <summary><c>email-engagement</c>: <see cref="DataCategory.EmailEngagement"/>.</summary>
        public static readonly JsonEncodedText EmailEngagement = JsonEncodedText.Encode("email-engagement");

        /// <summary><c>preferences</c>: <see cref="DataCategory.Preferences"/>.</summary>
        public static readonly JsonEncodedText Preferences = JsonEncodedText.Encode("preferences");

        /// <summary><c>call-recording</c>: <see cref="DataCategory.CallRecording"/>.</summary>
        public static readonly JsonEncodedText CallRecording = JsonEncodedText.Encode("call-recording");

        /// <summary><c>correspondence</c>: <see cref="DataCategory.Correspondence"/>.</summary>
        public static readonly JsonEncodedText Correspondence = JsonEncodedText.Encode("correspondence");

        /// <summary><c>signature</c>: <see cref="DataCategory.Signature"/>.</summary>
        public static readonly JsonEncodedText Signature = JsonEncodedText.Encode("signature");

        /// <summary><c>other</c>: <see cref="DataCategory.Other"/>.</summary>
        public static readonly JsonEncodedText Other = JsonEncodedText.Encode("other");
    }
}
