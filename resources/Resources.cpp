// Anchor for the loyalty_resources library: its content is the compiled resources.
namespace loyalty::resources {
int resourcesAnchor = 0;
}
