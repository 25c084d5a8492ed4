export { SectionLoading as default } from "@/components/common/section-loading";
