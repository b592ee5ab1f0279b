import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./_layout";

export type ContactMessageEmailProps = { name: string; email: string; message: string; isNewContact: boolean; contactUrl: string };

// To the coach: a visitor wrote through the site's contact form.
export default function ContactMessageEmail({ name, email, message, isNewContact, contactUrl }: ContactMessageEmailProps) {
  return (
    <EmailLayout preview={`${name} wrote through the contact form`} footer="Sent by the contact form on your site.">
      <Heading style={emailStyles.h1}>New message from {name}</Heading>
      <Text style={emailStyles.p}>
        {isNewContact ? "A new lead" : "An existing contact"} wrote through the contact form on your site.
      </Text>
      <Text style={emailStyles.muted}>
        From {name} · <Link href={`mailto:${email}`}>{email}</Link>
      </Text>
      <Section style={{ borderLeft: "3px solid #0f766e", padding: "4px 0 4px 14px", margin: "12px 0 20px" }}>
        <Text style={{ ...emailStyles.p, whiteSpace: "pre-wrap" }}>{message}</Text>
      </Section>
      <Button href={contactUrl} style={emailStyles.button}>Open in your contacts</Button>
    </EmailLayout>
  );
}

ContactMessageEmail.subject = (p: Pick<ContactMessageEmailProps, "name">) => `New message from ${p.name} (contact form)`;
ContactMessageEmail.PreviewProps = {
  name: "Priya Shah",
  email: "priya.shah@example.com",
  message: "Hello Alex,\n\nI have been in the same analyst role for four years and I am not sure where it leads. Could we talk?",
  isNewContact: true,
  contactUrl: "http://localhost:3000/coach/contacts?q=priya.shah%40example.com",
} satisfies ContactMessageEmailProps;
