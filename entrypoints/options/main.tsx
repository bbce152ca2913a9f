import { mountPage } from '@/components/app/mount';
import OptionsApp from '@/components/options/OptionsApp';

mountPage(<OptionsApp />);
