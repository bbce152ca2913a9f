import { mountPage } from '@/components/app/mount';
import PopupApp from '@/components/popup/PopupApp';

mountPage(<PopupApp />);
