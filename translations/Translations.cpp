// Anchor for the loyalty_translations library: its content is the compiled .qm resources.
namespace loyalty::i18n {
int translationsAnchor = 0;
}
